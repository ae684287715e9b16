import type { AxigenClient, MailListResponse } from '@inkwell/axigen-client';
import { QueryClient } from '@tanstack/react-query';
import { expect, it, vi } from 'vitest';
import { mailKeys } from '../keys/mail-keys';
import { MAIL_LIST_PAGE_SIZE, mailListKeys, mailListQueries } from './mail-list-queries';

const page = (totalItems: number): MailListResponse => ({
  syncToken: '1',
  totalItems,
  sortInfo: { sort: 'date', dir: 'desc' },
  items: [],
});

it('fetches one page by start/limit and the count with a one-item page', async () => {
  const listMails = vi.fn(async () => page(10_000));
  const client = { listMails } as unknown as AxigenClient;
  const queryClient = new QueryClient();
  await queryClient.fetchQuery(mailListQueries.page(client, 'f1', 3));
  expect(listMails).toHaveBeenLastCalledWith(
    'f1',
    expect.objectContaining({ dir: 'desc', start: 3 * MAIL_LIST_PAGE_SIZE, limit: MAIL_LIST_PAGE_SIZE }),
  );
  await expect(queryClient.fetchQuery(mailListQueries.count(client, 'f1'))).resolves.toBe(10_000);
  expect(listMails).toHaveBeenLastCalledWith('f1', expect.objectContaining({ start: 0, limit: 1 }));
});

it('sits below the folders key, so invalidating folders refreshes lists and counts', () => {
  const folders = mailKeys.folders();
  expect(mailListKeys.page('f1', 0, 100).slice(0, folders.length)).toEqual([...folders]);
  expect(mailListKeys.count('f1').slice(0, folders.length)).toEqual([...folders]);
  expect(mailListQueries.page({} as AxigenClient, '', 0).enabled).toBe(false);
});
