'use client';
import { createContext, useContext, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useLocale, useMessages, type Translate } from '../i18n';
import { WidgetStyles } from '../theme';
import { draftStatusStyles } from './draftStatusStyles';
import { draftStatusMessages, type DraftStatusMessageKey } from './messages';
import { saveFailureOf, type SaveFailureReason } from './saveFailureOf';
import type { DraftStatusState } from './saveStatusOf';
import { useSavedAgo, type SavedAgo } from './useSavedAgo';

export type { DraftStatusState } from './saveStatusOf';

export interface DraftStatusProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  state: DraftStatusState;
  /** When the server last confirmed the draft; "Saved 2 minutes ago". */
  savedAt?: Date | undefined;
  /**
   * Why the last save failed: a `SaveFailureReason` code, or compose-core's `saveError.message` (read back into a
   * code). Always shown in the catalog's words, never as given.
   */
  reason?: SaveFailureReason | string | undefined;
  /** The session retries by itself; default: true unless the reason is final (refused, too large, invalid). */
  retrying?: boolean | undefined;
  /** With `failed`: a new attempt is on its way; the failure stays on screen and Retry says "Trying…". */
  pending?: boolean | undefined;
  /**
   * This device cannot keep the draft (storage full or blocked): the words say to leave the tab open instead of
   * "kept on this device". `useSaveStatus` gives it from `snapshot.journalError`.
   */
  notKept?: boolean | undefined;
  /** "Retry", shown when a save failed. */
  onRetry?: (() => void) | undefined;
  /** "Sign in again", shown when the session expired. */
  onSignIn?: (() => void) | undefined;
  /** "Compare versions", shown on a conflict with another tab: open the `ConflictResolver`. */
  onResolveConflict?: (() => void) | undefined;
  /** Clock for "… ago", epoch ms. @default Date.now */
  now?: (() => number) | undefined;
}

const FINAL: readonly SaveFailureReason[] = ['refused', 'too-large', 'invalid'];

const DraftStatusContext = createContext<DraftStatusProps | null>(null);
function usePart(part: string): DraftStatusProps {
  const value = useContext(DraftStatusContext);
  if (!value) throw new Error(`SaveStatus.${part} must be inside SaveStatus.Root`);
  return value;
}
const cx = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

/** @selector [data-state="idle|saving|saved|failed|offline|expired|conflict"] [data-reason] [data-storage="unavailable"] */
function Root({
  state,
  savedAt,
  reason,
  retrying,
  pending,
  notKept,
  onRetry,
  onSignIn,
  onResolveConflict,
  now,
  className,
  ...rest
}: DraftStatusProps & { children?: ReactNode }) {
  const { dir } = useLocale();
  const code = state === 'failed' ? saveFailureOf(reason) : undefined;
  return (
    <DraftStatusContext
      value={{ state, savedAt, reason: code, retrying, pending, notKept, onRetry, onSignIn, onResolveConflict, now }}
    >
      <WidgetStyles id="draft-status" css={draftStatusStyles} />
      <div
        dir={dir}
        {...rest}
        className={cx('ink-draft-status-root', className)}
        data-state={state}
        {...(code ? { 'data-reason': code } : {})}
        {...(notKept ? { 'data-storage': 'unavailable' } : {})}
      />
    </DraftStatusContext>
  );
}

function statusText(
  { state, reason, retrying, notKept }: DraftStatusProps,
  ago: SavedAgo | undefined,
  t: Translate<DraftStatusMessageKey>,
  locale: string,
): string {
  switch (state) {
    case 'idle':
      return '';
    case 'saving':
      return t('draftStatus.saving');
    case 'saved':
      if (!ago) return t('draftStatus.saved');
      if (ago.kind === 'just-now') return t('draftStatus.savedJustNow');
      return t('draftStatus.savedAgo', {
        ago: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-ago.value, ago.unit),
      });
    case 'failed': {
      const code = saveFailureOf(reason);
      const auto = retrying ?? !FINAL.includes(code);
      const kept = auto ? 'draftStatus.retrying' : 'draftStatus.kept';
      const notKeptHere = auto ? 'draftStatus.retryingNotKept' : 'draftStatus.notKept';
      return `${t('draftStatus.failed', { reason: t('draftStatus.reason', { reason: code }) })} ${t(
        notKept ? notKeptHere : kept,
      )}`;
    }
    case 'offline':
      return t(notKept ? 'draftStatus.offlineNotKept' : 'draftStatus.offline');
    case 'expired':
      return t(notKept ? 'draftStatus.expiredNotKept' : 'draftStatus.expired');
    case 'conflict':
      return t('draftStatus.conflict');
    default:
      return state satisfies never;
  }
}

/** The words, in a polite live region (role status); buttons stay outside it so they are not read with each change. */
function Text({ className, ...rest }: Omit<ComponentPropsWithRef<'span'>, 'children'>) {
  const props = usePart('Text');
  const t = useMessages(draftStatusMessages);
  const { locale } = useLocale();
  const ago = useSavedAgo(props.state === 'saved' ? props.savedAt : undefined, props.now ?? Date.now);
  return (
    <span
      role="status"
      {...rest}
      className={cx('ink-draft-status-text', className)}
      title={props.state === 'saved' && props.savedAt ? props.savedAt.toLocaleString(locale) : undefined}
    >
      {statusText(props, ago, t, locale)}
    </span>
  );
}

type ActionProps = Omit<ComponentPropsWithRef<'button'>, 'onClick'>;

function Action({
  show,
  onPress,
  label,
  className,
  children,
  ...rest
}: ActionProps & { show: boolean; onPress: (() => void) | undefined; label: string }) {
  if (!show || !onPress) return null;
  return (
    <button type="button" {...rest} className={cx('ink-draft-status-action', className)} onClick={onPress}>
      {children ?? label}
    </button>
  );
}

/** "Retry", while a save has failed; "Trying…" (and inert, keeping its focus) while a new attempt is on its way. */
function Retry(props: ActionProps) {
  const { state, onRetry, pending } = usePart('Retry');
  const t = useMessages(draftStatusMessages);
  return (
    <Action
      aria-disabled={pending}
      {...props}
      show={state === 'failed'}
      onPress={onRetry && (() => pending || onRetry())}
      label={t(pending ? 'draftStatus.trying' : 'draftStatus.retry')}
    />
  );
}

/** "Sign in again", while the session has expired. */
function SignIn(props: ActionProps) {
  const { state, onSignIn } = usePart('SignIn');
  const t = useMessages(draftStatusMessages);
  return <Action {...props} show={state === 'expired'} onPress={onSignIn} label={t('draftStatus.signIn')} />;
}

/** "Compare versions", while another tab's version conflicts. */
function Resolve(props: ActionProps) {
  const { state, onResolveConflict } = usePart('Resolve');
  const t = useMessages(draftStatusMessages);
  return <Action {...props} show={state === 'conflict'} onPress={onResolveConflict} label={t('draftStatus.resolve')} />;
}

/** The save status in parts: `Root`, `Text` (the live status), `Retry`, `SignIn`, `Resolve`. */
export const SaveStatus = { Root, Text, Retry, SignIn, Resolve };

/**
 * Where the draft stands: saving, saved (relative time), failed (why, in the user's words, with Retry), offline
 * (kept on this device), signed out (Sign in again) or changed in another tab (Compare versions).
 */
export function DraftStatus(props: DraftStatusProps) {
  return (
    <Root {...props}>
      <Text />
      <Retry />
      <SignIn />
      <Resolve />
    </Root>
  );
}
