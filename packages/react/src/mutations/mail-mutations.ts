import { mutationOptions } from '@tanstack/react-query';
import type { AxigenClient } from '@inkwell/axigen-client';
import { mailKeys } from '../keys/mail-keys';
import { applyMailFlags, type MailFlags } from './apply-mail-flags';

export interface UpdateMailVariables extends MailFlags {
  mailId: string;
}

/** Mutation keys of the mail (not compose) mutations. */
export const mailMutationKeys = {
  all: () => [...mailKeys.mails(), 'mutation'] as const,
  updateMail: () => [...mailKeys.mails(), 'mutation', 'update'] as const,
};

/** `mutationOptions` for changes to mails that are not drafts. */
export const mailMutations = {
  /**
   * `PATCH /mails/{id}` (read/unread, flagged), optimistic: every cached copy of the mail and its folder's unread
   * count change at once, and change back if the server refuses or cannot be reached.
   */
  updateMail: (client: AxigenClient) =>
    mutationOptions({
      mutationKey: mailMutationKeys.updateMail(),
      mutationFn: ({ mailId, ...flags }: UpdateMailVariables) => client.updateMail(mailId, flags),
      onMutate: async ({ mailId, ...flags }, { client: queryClient }) => {
        // A list or folder read already under way would bring the old flags back over the optimistic ones.
        await queryClient.cancelQueries({ queryKey: mailKeys.folders() });
        await queryClient.cancelQueries({ queryKey: mailKeys.mail(mailId), exact: true });
        return { previous: applyMailFlags(queryClient, mailId, flags) };
      },
      onError: (_error, { mailId }, context, { client: queryClient }) => {
        if (context) applyMailFlags(queryClient, mailId, context.previous);
      },
      onSuccess: (mail, { mailId }, _context, { client: queryClient }) => {
        queryClient.setQueryData(mailKeys.mail(mailId), (cached: typeof mail | undefined) =>
          cached ? { ...cached, isUnread: mail.isUnread, isFlagged: mail.isFlagged } : cached,
        );
      },
      // The server's counts and lists win once it has answered (another tab may have changed them too).
      onSettled: (_mail, _error, _variables, _context, { client: queryClient }) =>
        queryClient.invalidateQueries({ queryKey: mailKeys.folders() }),
    }),
};
