'use client';
import {
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type DialogHTMLAttributes,
  type HTMLAttributes,
  type KeyboardEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import type { SendCheck } from '@inkwell/compose-core';
import { sendChecksState, type SendChecksSeverity } from './sendChecksState';

export interface UseSendChecksDialogOptions {
  /** The draft's pre-send checks (`snapshot.checks`, or the `checks` of a refused `send()`). */
  checks: readonly SendCheck[];
  /** Controlled open state. */
  open?: boolean;
  /** Uncontrolled initial open state. @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The user confirmed the warnings: send with `acknowledgeWarnings: true`. Never offered when a check blocks. */
  onSendAnyway?: () => void;
  /** The user went back to the message (button or Escape); gets the first check, to focus its field. */
  onGoBack?: (first: SendCheck | undefined) => void;
  /** Where focus goes when the dialog closes; default: the element focused when it opened (the Send button). */
  returnFocusRef?: RefObject<HTMLElement | null>;
}

export interface SendChecksDialogBehaviour {
  open: boolean;
  severity: SendChecksSeverity;
  /** Errors first, then warnings. */
  checks: readonly SendCheck[];
  dialogProps: DialogHTMLAttributes<HTMLDialogElement> & { ref: RefObject<HTMLDialogElement | null> };
  titleProps: HTMLAttributes<HTMLHeadingElement>;
  descriptionProps: HTMLAttributes<HTMLParagraphElement>;
  goBackProps: ButtonHTMLAttributes<HTMLButtonElement> & { ref: RefObject<HTMLButtonElement | null> };
  /** Undefined when a check blocks sending: then there is no "Send anyway". */
  sendAnywayProps: ButtonHTMLAttributes<HTMLButtonElement> | undefined;
}

/**
 * The send checks as a modal `<dialog>` (`showModal()`: the page behind is inert, Escape is "Go back"). Focus starts
 * on "Go back", the safe choice, and returns to the element that opened the dialog.
 */
export function useSendChecksDialog(options: UseSendChecksDialogOptions): SendChecksDialogBehaviour {
  const { checks, open: openProp, defaultOpen = false, onOpenChange, onSendAnyway, onGoBack, returnFocusRef } = options;
  const [ownOpen, setOwnOpen] = useState(defaultOpen);
  const open = openProp ?? ownOpen;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const goBackRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const id = useId();
  const { severity, ordered } = sendChecksState(checks);

  const setOpen = useCallback(
    (next: boolean) => {
      if (openProp === undefined) setOwnOpen(next);
      onOpenChange?.(next);
    },
    [openProp, onOpenChange],
  );

  // Layout effect: the opener is read before anything inside the dialog can take focus.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const active = dialog.ownerDocument.activeElement;
      openerRef.current = active instanceof HTMLElement ? active : null;
      dialog.showModal();
      goBackRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const target = returnFocusRef?.current ?? openerRef.current;
      openerRef.current = null;
      if (target?.isConnected) target.focus();
    }
  }, [open, returnFocusRef]);

  const goBack = useCallback(() => {
    setOpen(false);
    onGoBack?.(ordered[0]);
  }, [setOpen, onGoBack, ordered]);

  const sendAnyway = useCallback(() => {
    setOpen(false);
    onSendAnyway?.();
  }, [setOpen, onSendAnyway]);

  return {
    open,
    severity,
    checks: ordered,
    dialogProps: {
      ref: dialogRef,
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-description`,
      // Escape would make the browser close the dialog behind React's back: it is "Go back" instead. Handled on
      // keydown (which also stops the browser's close request); `cancel` covers other close requests.
      onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        goBack();
      },
      onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
        event.preventDefault();
        goBack();
      },
    },
    titleProps: { id: `${id}-title` },
    descriptionProps: { id: `${id}-description` },
    goBackProps: { ref: goBackRef, type: 'button', onClick: goBack },
    sendAnywayProps: severity === 'warning' ? { type: 'button', onClick: sendAnyway } : undefined,
  };
}
