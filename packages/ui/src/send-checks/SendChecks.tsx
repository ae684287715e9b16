'use client';
import { createContext, useContext, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { SendCheck } from '@inkwell/compose-core';
import { useLocale, useMessages } from '../i18n';
import { WidgetStyles } from '../theme';
import { assignRef } from './assignRef';
import { sendChecksMessages } from './messages';
import { sendCheckText } from './sendCheckText';
import { sendChecksStyles } from './sendChecksStyles';
import {
  useSendChecksDialog,
  type SendChecksDialogBehaviour,
  type UseSendChecksDialogOptions,
} from './useSendChecksDialog';

const SendChecksContext = createContext<SendChecksDialogBehaviour | null>(null);

function useSendChecksContext(part: string): SendChecksDialogBehaviour {
  const value = useContext(SendChecksContext);
  if (!value) throw new Error(`SendChecks.${part} must be inside SendChecks.Root`);
  return value;
}

const cx = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

export interface SendChecksRootProps
  extends UseSendChecksDialogOptions, Omit<ComponentPropsWithRef<'dialog'>, 'open' | 'children' | 'onCancel'> {
  children?: ReactNode;
}

/**
 * The modal `<dialog>`.
 * @selector [data-state="open|closed"] [data-severity="blocked|warning|clear"]
 */
function Root({
  checks,
  open,
  defaultOpen,
  onOpenChange,
  onSendAnyway,
  onGoBack,
  returnFocusRef,
  className,
  children,
  ref,
  ...rest
}: SendChecksRootProps) {
  const behaviour = useSendChecksDialog({
    checks,
    ...(open === undefined ? {} : { open }),
    ...(defaultOpen === undefined ? {} : { defaultOpen }),
    ...(onOpenChange ? { onOpenChange } : {}),
    ...(onSendAnyway ? { onSendAnyway } : {}),
    ...(onGoBack ? { onGoBack } : {}),
    ...(returnFocusRef ? { returnFocusRef } : {}),
  });
  const { dir } = useLocale();
  const { ref: dialogRef, ...dialogProps } = behaviour.dialogProps;
  return (
    <SendChecksContext value={behaviour}>
      <WidgetStyles id="send-checks" css={sendChecksStyles} />
      <dialog
        {...rest}
        {...dialogProps}
        ref={assignRef(dialogRef, ref)}
        dir={dir}
        className={cx('ink-send-checks-root', className)}
        data-state={behaviour.open ? 'open' : 'closed'}
        data-severity={behaviour.severity}
      >
        {children}
      </dialog>
    </SendChecksContext>
  );
}

function Title({ className, children, ...rest }: ComponentPropsWithRef<'h2'>) {
  const { titleProps, severity } = useSendChecksContext('Title');
  const t = useMessages(sendChecksMessages);
  return (
    <h2 {...rest} {...titleProps} className={cx('ink-send-checks-title', className)}>
      {children ?? t(severity === 'blocked' ? 'sendChecks.titleBlocked' : 'sendChecks.titleWarning')}
    </h2>
  );
}

function Description({ className, children, ...rest }: ComponentPropsWithRef<'p'>) {
  const { descriptionProps, severity, checks } = useSendChecksContext('Description');
  const t = useMessages(sendChecksMessages);
  const count = checks.filter((c) => severity !== 'blocked' || c.severity === 'error').length;
  return (
    <p {...rest} {...descriptionProps} className={cx('ink-send-checks-description', className)}>
      {children ?? t(severity === 'blocked' ? 'sendChecks.introBlocked' : 'sendChecks.introWarning', { count })}
    </p>
  );
}

export interface SendChecksListProps extends ComponentPropsWithRef<'ul'> {
  /** File name of a failed upload by its `localId` (the check only carries the id). */
  attachmentName?: (localId: string) => string | undefined;
}

/** The checks, errors first. Render your own `Item`s as children to change their content. */
function List({ className, children, attachmentName, ...rest }: SendChecksListProps) {
  const { checks } = useSendChecksContext('List');
  return (
    <ul {...rest} className={cx('ink-send-checks-list', className)}>
      {children ??
        checks.map((check) => (
          <Item
            key={`${check.code}:${check.field ?? ''}:${check.value ?? ''}`}
            check={check}
            attachmentName={attachmentName}
          />
        ))}
    </ul>
  );
}

export interface SendChecksItemProps extends ComponentPropsWithRef<'li'> {
  check: SendCheck;
  attachmentName?: ((localId: string) => string | undefined) | undefined;
}

/** @selector [data-severity="error|warning"] [data-code] */
function Item({ check, attachmentName, className, children, ...rest }: SendChecksItemProps) {
  const t = useMessages(sendChecksMessages);
  return (
    <li
      {...rest}
      className={cx('ink-send-checks-item', className)}
      data-severity={check.severity}
      data-code={check.code}
    >
      <span className="ink-send-checks-severity">{t('sendChecks.severity', { severity: check.severity })}:</span>
      {children ?? sendCheckText(check, t, attachmentName)}
    </li>
  );
}

function Actions({ className, ...rest }: ComponentPropsWithRef<'div'>) {
  return <div {...rest} className={cx('ink-send-checks-actions', className)} />;
}

/** Closes the dialog and returns to the message. Focused when the dialog opens. */
function GoBack({ className, children, ref, ...rest }: ComponentPropsWithRef<'button'>) {
  const { goBackProps } = useSendChecksContext('GoBack');
  const t = useMessages(sendChecksMessages);
  const { ref: ownRef, ...props } = goBackProps;
  return (
    <button
      {...rest}
      {...props}
      ref={assignRef(ownRef, ref)}
      className={cx('ink-send-checks-button', className)}
      data-variant="secondary"
    >
      {children ?? t('sendChecks.goBack')}
    </button>
  );
}

/** Sends despite the warnings. Renders nothing while a check blocks sending. */
function SendAnyway({ className, children, ...rest }: ComponentPropsWithRef<'button'>) {
  const { sendAnywayProps } = useSendChecksContext('SendAnyway');
  const t = useMessages(sendChecksMessages);
  if (!sendAnywayProps) return null;
  return (
    <button {...rest} {...sendAnywayProps} className={cx('ink-send-checks-button', className)} data-variant="primary">
      {children ?? t('sendChecks.sendAnyway')}
    </button>
  );
}

/** The send checks dialog in parts: `Root` (the `<dialog>`), `Title`, `Description`, `List`, `Item`, `Actions`, `GoBack`, `SendAnyway`. */
export const SendChecks = { Root, Title, Description, List, Item, Actions, GoBack, SendAnyway };

export interface SendChecksDialogProps extends Omit<SendChecksRootProps, 'children'> {
  attachmentName?: (localId: string) => string | undefined;
}

/** The ready-made composition: title, what to check, "Go back" and (for warnings only) "Send anyway". */
export function SendChecksDialog({ attachmentName, ...props }: SendChecksDialogProps) {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <List attachmentName={attachmentName} />
      <Actions>
        <GoBack />
        <SendAnyway />
      </Actions>
    </Root>
  );
}
