import type { Mail } from '@inkwell/axigen-client';
import { useInkwellClient } from '@inkwell/react';
import { mailMutations } from '@inkwell/react/mailbox';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

export interface ReadState {
  /** Marks the mail read (`false`) or unread (`true`); the list and counts change at once. */
  setUnread: (isUnread: boolean) => void;
  /** The last change failed and was undone: what to tell the user. */
  error: string | undefined;
}

/**
 * Opening a mail marks it read, once per opening: after "Mark as unread" it stays unread while it is shown, as in
 * desktop mail clients. Drafts and scheduled mails have no read state worth changing.
 */
export function useReadState(mail: Mail | undefined, markOnOpen: boolean): ReadState {
  const client = useInkwellClient();
  const update = useMutation(mailMutations.updateMail(client));
  const { mutate } = update;
  const marked = useRef<string>(undefined);
  const mailId = mail?.id;
  const isUnread = mail?.isUnread;
  useEffect(() => {
    if (!markOnOpen || mailId === undefined || marked.current === mailId) return;
    marked.current = mailId;
    if (isUnread) mutate({ mailId, isUnread: false });
  }, [markOnOpen, mailId, isUnread, mutate]);
  const failedTo = update.isError ? update.variables.isUnread : undefined;
  return {
    setUnread: (next) => {
      if (mailId !== undefined) mutate({ mailId, isUnread: next });
    },
    error:
      failedTo === undefined
        ? undefined
        : `This message could not be marked as ${failedTo ? 'unread' : 'read'}. Check your connection and try again.`,
  };
}
