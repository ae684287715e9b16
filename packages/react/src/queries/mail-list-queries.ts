import { queryOptions } from '@tanstack/react-query';
import type { AxigenClient } from '@inkwell/axigen-client';
import { mailKeys } from '../keys/mail-keys';
import { staleTimes } from './stale-times';

/** Page size of `mailListQueries.page`: a list fetches only the pages on screen. */
export const MAIL_LIST_PAGE_SIZE = 100;

// Below the folders' key: the compose mutations invalidate it after every save, send and schedule, which refreshes
// the lists and counts too.
export const mailListKeys = {
  folder: (folderId: string) => [...mailKeys.folders(), folderId] as const,
  page: (folderId: string, page: number, size: number) =>
    [...mailKeys.folders(), folderId, 'page', { page, size }] as const,
  count: (folderId: string) => [...mailKeys.folders(), folderId, 'count'] as const,
};

/** `queryOptions` for a folder's mails, newest first (`GET /mails?folderId=&start=&limit=`, reference §4). */
export const mailListQueries = {
  /** Page `page` (from 0) of `size` mails, with the folder's `totalItems`. */
  page: (client: AxigenClient, folderId: string, page: number, size = MAIL_LIST_PAGE_SIZE) =>
    queryOptions({
      queryKey: mailListKeys.page(folderId, page, size),
      queryFn: ({ signal }) => client.listMails(folderId, { dir: 'desc', start: page * size, limit: size, signal }),
      enabled: folderId !== '',
      staleTime: staleTimes.mail,
    }),

  /** How many mails the folder holds: the list's `totalItems` (the folder schema carries no counts). */
  count: (client: AxigenClient, folderId: string) =>
    queryOptions({
      queryKey: mailListKeys.count(folderId),
      queryFn: async ({ signal }) => (await client.listMails(folderId, { start: 0, limit: 1, signal })).totalItems,
      enabled: folderId !== '',
      staleTime: staleTimes.mail,
    }),
};
