import type { QueryClient } from '@tanstack/react-query';
import { mailKeys } from '../keys/mail-keys';

/**
 * After a compose mutation settles: the folder list (counts in Drafts, Sent, Scheduled) and every mail the
 * mutation touched (a replaced or sent draft, a source mail whose answered/forwarded flag changed) are stale.
 */
export function invalidateAfter(queryClient: QueryClient, mailIds: readonly (string | undefined)[]): Promise<unknown> {
  const ids = [...new Set(mailIds.filter((id): id is string => id !== undefined && id !== ''))];
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: mailKeys.folders() }),
    ...ids.map((id) => queryClient.invalidateQueries({ queryKey: mailKeys.mail(id) })),
  ]);
}
