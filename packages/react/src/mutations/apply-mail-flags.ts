import type { QueryClient } from '@tanstack/react-query';
import type { FoldersResponse, Mail } from '@inkwell/axigen-client';
import { mailKeys } from '../keys/mail-keys';

/** The flags `updateMail` sets. */
export interface MailFlags {
  isUnread?: boolean;
  isFlagged?: boolean;
}

type WithItems = { items: unknown[] };

// A search folder's items name the mail they stand for in `originalMailId` (docs/decisions/0008).
const isMail = (item: unknown, mailId: string): item is Mail =>
  typeof item === 'object' &&
  item !== null &&
  ((item as Mail).id === mailId || (item as Mail).originalMailId === mailId);

const hasItems = (data: unknown): data is WithItems =>
  typeof data === 'object' && data !== null && Array.isArray((data as WithItems).items);

function findCached(queryClient: QueryClient, mailId: string): Mail | undefined {
  const own = queryClient.getQueryData<Mail>(mailKeys.mail(mailId));
  if (own) return own;
  for (const [, data] of queryClient.getQueriesData({ queryKey: mailKeys.folders() })) {
    if (!hasItems(data)) continue;
    const found = data.items.find((item) => isMail(item, mailId));
    if (found) return found;
  }
  return undefined;
}

/**
 * Sets `flags` on every cached copy of the mail (its own query, each list page and search result that holds it)
 * and moves its folder's `unreadItems` by one when the read state changes. Returns the flags it replaced, so the
 * same call with them undoes it, even while other updates are in flight.
 */
export function applyMailFlags(queryClient: QueryClient, mailId: string, flags: MailFlags): MailFlags {
  const cached = findCached(queryClient, mailId);
  const previous: MailFlags = {};
  if (flags.isUnread !== undefined && cached) previous.isUnread = cached.isUnread;
  if (flags.isFlagged !== undefined && cached) previous.isFlagged = cached.isFlagged;
  const patch = (mail: Mail): Mail => ({ ...mail, ...flags });

  queryClient.setQueryData<Mail>(mailKeys.mail(mailId), (mail) => (mail ? patch(mail) : mail));
  queryClient.setQueriesData({ queryKey: mailKeys.folders() }, (data: unknown) => {
    if (!hasItems(data) || !data.items.some((item) => isMail(item, mailId))) return data;
    return { ...data, items: data.items.map((item) => (isMail(item, mailId) ? patch(item) : item)) };
  });

  const folderId = cached ? cached.originalFolderId || cached.folderId : undefined;
  if (folderId && previous.isUnread !== undefined && flags.isUnread !== previous.isUnread) {
    const delta = flags.isUnread ? 1 : -1;
    queryClient.setQueryData<FoldersResponse>(mailKeys.folders(), (folders) =>
      folders
        ? {
            ...folders,
            items: folders.items.map((f) =>
              f.id === folderId && typeof f.unreadItems === 'number'
                ? { ...f, unreadItems: Math.max(0, f.unreadItems + delta) }
                : f,
            ),
          }
        : folders,
    );
  }
  return previous;
}
