'use client';
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type ReactNode,
} from 'react';
import { useLocale, useMessages } from '../i18n';
import { WidgetStyles } from '../theme';
import type { QueuedToast } from './createToastQueue';
import { undoToastMessages } from './messages';
import { isAlertState, type UndoToastContent } from './undoToastContent';
import { undoToastAbout, undoToastTitle } from './undoToastText';
import { undoToastStyles } from './undoToastStyles';
import { useSecondsLeft } from './useSecondsLeft';
import { useUndoToasts, type UndoToastsBehaviour, type UseUndoToastsOptions } from './useUndoToasts';

const RegionContext = createContext<UndoToastsBehaviour | null>(null);
const ToastContext = createContext<{
  toast: QueuedToast<UndoToastContent>;
  titleId: string;
  descriptionId: string;
} | null>(null);

function useRegion(part: string) {
  const value = useContext(RegionContext);
  if (!value) throw new Error(`UndoToast.${part} must be inside UndoToast.Region`);
  return value;
}
function useToast(part: string) {
  const value = useContext(ToastContext);
  if (!value) throw new Error(`UndoToast.${part} must be inside UndoToast.Toast`);
  return value;
}

const cx = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

export interface UndoToastRegionRootProps
  extends UseUndoToastsOptions, Omit<ComponentPropsWithRef<'section'>, 'children'> {
  /** Render each toast; default: the ready-made toast. */
  children?: (toast: QueuedToast<UndoToastContent>) => ReactNode;
}

/**
 * The landmark that holds the toasts, plus two live regions (polite and assertive) that say each change once: the
 * countdown itself is never announced.
 * @selector [data-paused="true|false"]
 */
function Region({ onReopen, now, shortcut, timeouts, queue, className, children, ...rest }: UndoToastRegionRootProps) {
  const behaviour = useUndoToasts({
    ...(onReopen ? { onReopen } : {}),
    ...(now ? { now } : {}),
    ...(shortcut === undefined ? {} : { shortcut }),
    ...(timeouts ? { timeouts } : {}),
    ...(queue ? { queue } : {}),
  });
  const t = useMessages(undoToastMessages);
  const { dir } = useLocale();
  const { ref, ...regionProps } = behaviour.regionProps;
  return (
    <RegionContext value={behaviour}>
      <WidgetStyles id="undo-toast" css={undoToastStyles} />
      <section
        aria-label={t('undoToast.region')}
        {...rest}
        {...regionProps}
        ref={ref}
        dir={dir}
        className={cx('ink-undo-toast-region', className)}
        data-paused={behaviour.paused}
        hidden={behaviour.toasts.length === 0 ? true : undefined}
      >
        <ol className="ink-undo-toast-list">
          {behaviour.toasts.map((toast) => (
            <ToastKeyed key={toast.key} toast={toast}>
              {children ? children(toast) : <DefaultToastContent />}
            </ToastKeyed>
          ))}
        </ol>
      </section>
      <Announcer toasts={behaviour.toasts} reopens={behaviour.reopens} now={behaviour.now} />
    </RegionContext>
  );
}

function ToastKeyed({ toast, children }: { toast: QueuedToast<UndoToastContent>; children: ReactNode }) {
  const id = useId();
  return (
    <ToastContext value={{ toast, titleId: `${id}-title`, descriptionId: `${id}-description` }}>
      {children}
    </ToastContext>
  );
}

/**
 * One toast. Focus moves onto it when its focused button goes away; `u` undoes it while focus is inside.
 * @selector [data-state="sending|undoable|undoing|reopened|sent|too-late|unknown|not-sent|scheduled|cancel-failed"]
 */
function Toast({ className, ...rest }: ComponentPropsWithRef<'li'>) {
  const { toast, titleId, descriptionId } = useToast('Toast');
  const { toastProps } = useRegion('Toast');
  return (
    <li
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      {...rest}
      {...toastProps(toast.key)}
      className={cx('ink-undo-toast-toast', className)}
      data-state={toast.content.state}
    />
  );
}

function Title({ className, children, ...rest }: ComponentPropsWithRef<'p'>) {
  const { toast, titleId } = useToast('Title');
  const { reopens } = useRegion('Title');
  const t = useMessages(undoToastMessages);
  const { locale } = useLocale();
  return (
    <p {...rest} id={titleId} className={cx('ink-undo-toast-title', className)}>
      {children ?? undoToastTitle(toast.content, t, reopens, locale)}
    </p>
  );
}

function Description({ className, children, ...rest }: ComponentPropsWithRef<'p'>) {
  const { toast, descriptionId } = useToast('Description');
  const t = useMessages(undoToastMessages);
  return (
    <p {...rest} id={descriptionId} className={cx('ink-undo-toast-description', className)}>
      {children ?? undoToastAbout(toast.content, t)}
    </p>
  );
}

/**
 * Seconds left to undo, with a bar that empties exactly at the deadline. Not a live region: screen readers hear the
 * window's length once, not every tick. Keeps running while the toast is hovered or focused (the server's window does).
 */
function Countdown({ className, ...rest }: ComponentPropsWithRef<'p'>) {
  const { toast } = useToast('Countdown');
  const { now, paused } = useRegion('Countdown');
  const t = useMessages(undoToastMessages);
  const seconds = useSecondsLeft(toast.content.deadline, now);
  const [total] = useState(() => Math.max(seconds, 1));
  if (toast.content.state !== 'undoable') return null;
  return (
    <>
      <p {...rest} className={cx('ink-undo-toast-countdown', className)} data-paused={paused}>
        {t('undoToast.countdown', { seconds })}
        <span
          aria-hidden="true"
          className="ink-undo-toast-bar"
          style={{ ['--ink-undo-fraction' as string]: String(Math.max(0, seconds - 1) / total) }}
        />
      </p>
      {/* Its place is kept while hidden: the toast must not grow under the pointer that just entered it (the
          region sits on the bottom edge, so growing would lift the Undo button away from a click in progress). */}
      <p
        className="ink-undo-toast-hint"
        data-state={paused ? 'shown' : 'hidden'}
        aria-hidden={paused ? undefined : true}
      >
        {t('undoToast.pausedHint')}
      </p>
    </>
  );
}

function Actions({ className, ...rest }: ComponentPropsWithRef<'div'>) {
  return <div {...rest} className={cx('ink-undo-toast-actions', className)} />;
}

/** A toast's button: described by the toast's text, so a screen reader hears which message it acts on. */
function ToastButton({
  variant,
  className,
  ...rest
}: ComponentPropsWithRef<'button'> & { variant: 'primary' | 'secondary' }) {
  const { descriptionId } = useToast('Button');
  return (
    <button
      type="button"
      aria-describedby={descriptionId}
      {...rest}
      className={cx('ink-undo-toast-button', className)}
      data-variant={variant}
    />
  );
}

/**
 * "Undo" (Alt+Z from anywhere, `u` on the focused toast), shown only while undo is possible; on a scheduled message,
 * "Cancel sending" (back to Drafts).
 */
function UndoButton({ children, ...rest }: ComponentPropsWithRef<'button'>) {
  const { toast } = useToast('UndoButton');
  const { undo } = useRegion('UndoButton');
  const t = useMessages(undoToastMessages);
  const { state } = toast.content;
  if (state !== 'undoable' && state !== 'scheduled') return null;
  const undoable = state === 'undoable';
  return (
    <ToastButton
      {...(undoable ? { 'aria-keyshortcuts': 'Alt+Z' } : {})}
      {...rest}
      variant="primary"
      onClick={() => undo(toast.key)}
    >
      {children ??
        (undoable ? (
          <>
            {t('undoToast.undo')}
            <kbd className="ink-undo-toast-kbd" aria-hidden="true">
              {t('undoToast.shortcutHint')}
            </kbd>
          </>
        ) : (
          t('undoToast.cancelSchedule')
        ))}
    </ToastButton>
  );
}

/** Closes the toast; on an undoable one this lets the message go now. Absent while a request runs. */
function DismissButton({ children, ...rest }: ComponentPropsWithRef<'button'>) {
  const { toast } = useToast('DismissButton');
  const { dismiss } = useRegion('DismissButton');
  const t = useMessages(undoToastMessages);
  if (toast.content.state === 'sending' || toast.content.state === 'undoing') return null;
  return (
    <ToastButton {...rest} variant="secondary" onClick={() => dismiss(toast.key)}>
      {children ?? t('undoToast.dismiss')}
    </ToastButton>
  );
}

function DefaultToastContent() {
  return (
    <Toast>
      <Title />
      <Description />
      <Countdown />
      <Actions>
        <UndoButton />
        <DismissButton />
      </Actions>
    </Toast>
  );
}

/** Says each toast's change once: polite for progress, assertive for what went wrong. */
function Announcer({
  toasts,
  reopens,
  now,
}: {
  toasts: readonly QueuedToast<UndoToastContent>[];
  reopens: boolean;
  now: () => number;
}) {
  const t = useMessages(undoToastMessages);
  const { locale } = useLocale();
  const seen = useRef(new Map<string, string>());
  const [said, setSaid] = useState<{ polite: string; assertive: string }>({ polite: '', assertive: '' });
  useEffect(() => {
    let polite: string | undefined;
    let assertive: string | undefined;
    const next = new Map<string, string>();
    for (const { key, content } of toasts) {
      next.set(key, content.state);
      if (seen.current.get(key) === content.state) continue;
      if (isAlertState(content.state)) assertive = undoToastTitle(content, t, reopens, locale);
      else if (content.state === 'undoable')
        polite = t('undoToast.announceUndoable', {
          seconds: Math.ceil(Math.max(0, (content.deadline ?? 0) - now()) / 1000),
        });
      else polite = undoToastTitle(content, t, reopens, locale);
    }
    seen.current = next;
    if (polite !== undefined || assertive !== undefined)
      setSaid((s) => ({ polite: polite ?? s.polite, assertive: assertive ?? s.assertive }));
  }, [toasts, t, reopens, now, locale]);
  return (
    <>
      <div role="status" className="ink-undo-toast-announcer">
        {said.polite}
      </div>
      <div role="alert" className="ink-undo-toast-announcer">
        {said.assertive}
      </div>
    </>
  );
}

/**
 * The undo-send toasts in parts: `Region` (place once near the app root, inside `InkwellProvider`), `Toast`,
 * `Title`, `Description`, `Countdown`, `Actions`, `UndoButton`, `DismissButton`.
 */
export const UndoToast = { Region, Toast, Title, Description, Countdown, Actions, UndoButton, DismissButton };
