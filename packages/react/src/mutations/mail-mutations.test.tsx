import { useMutation, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { FoldersResponse, MailListResponse } from '@inkwell/axigen-client';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { mailKeys } from '../keys/mail-keys';
import { mailQueries } from '../queries/mail-queries';
import { mailListQueries } from '../queries/mail-list-queries';
import { searchQueries } from '../queries/search-queries';
import { mailMutations } from './mail-mutations';

let env: EmulatorEnv;
let mailId: string;
let inboxId: string;

beforeEach(async () => {
  env = await createEmulatorEnv();
  const { mailIds } = await env.emulator.controls.seed({
    mails: [
      {
        account: 'alice',
        folder: 'inbox',
        from: 'Cheshire Cat <cat@grin.example>',
        subject: 'Which road to take',
        text: 'That depends a good deal on where you want to get to.',
        isUnread: true,
      },
    ],
  });
  mailId = mailIds[0] ?? '';
  inboxId = (await env.client.listFolders()).items.find((f) => f.role === 'inbox')?.id ?? '';
});

/** The mail, the first inbox page and the folder list in the cache, plus the update mutation. */
async function mounted() {
  const { result } = renderHook(
    () => ({
      mail: useQuery(mailQueries.mail(env.client, mailId)),
      page: useQuery(mailListQueries.page(env.client, inboxId, 0)),
      folders: useQuery(mailQueries.folders(env.client)),
      update: useMutation(mailMutations.updateMail(env.client)),
    }),
    { wrapper: env.wrapper },
  );
  await waitFor(() =>
    expect(result.current.mail.data && result.current.page.data && result.current.folders.data).toBeTruthy(),
  );
  return result;
}

const unreadInInbox = () =>
  env.queryClient.getQueryData<FoldersResponse>(mailKeys.folders())?.items.find((f) => f.id === inboxId)?.unreadItems;
const rowOf = (page: MailListResponse | undefined) => page?.items.find((m) => m.id === mailId);

test('marking read changes the mail, its row and the unread count at once, and on the server', async () => {
  const result = await mounted();
  const before = unreadInInbox() ?? 0;
  expect(result.current.mail.data?.isUnread).toBe(true);
  let done!: Promise<unknown>;
  act(() => {
    done = result.current.update.mutateAsync({ mailId, isUnread: false });
  });
  // Optimistic: before the server has answered.
  await waitFor(() => expect(result.current.mail.data?.isUnread).toBe(false));
  expect(rowOf(result.current.page.data)?.isUnread).toBe(false);
  expect(unreadInInbox()).toBe(before - 1);
  await act(() => done);
  expect((await env.client.getMail(mailId)).isUnread).toBe(false);
  await waitFor(() => expect(result.current.folders.isFetching).toBe(false));
  expect(unreadInInbox()).toBe(before - 1);
});

test('a refused update puts the read state and the count back', async () => {
  const result = await mounted();
  const before = unreadInInbox() ?? 0;
  env.emulator.controls.addFault({ path: '/api/v1/mails/*', method: 'PATCH', status: 500, times: 1 });
  await act(async () => {
    await result.current.update.mutateAsync({ mailId, isUnread: false }).catch(() => undefined);
  });
  expect(result.current.update.isError).toBe(true);
  expect(result.current.mail.data?.isUnread).toBe(true);
  expect(rowOf(result.current.page.data)?.isUnread).toBe(true);
  expect(unreadInInbox()).toBe(before);
  expect((await env.client.getMail(mailId)).isUnread).toBe(true);
});

test('marking unread again counts up; setting the state it already has changes no count', async () => {
  const result = await mounted();
  const before = unreadInInbox() ?? 0;
  await act(() => result.current.update.mutateAsync({ mailId, isUnread: true }));
  expect(unreadInInbox()).toBe(before);
  await act(() => result.current.update.mutateAsync({ mailId, isUnread: false }));
  await act(() => result.current.update.mutateAsync({ mailId, isUnread: true }));
  await waitFor(() => expect(unreadInInbox()).toBe(before));
  expect(result.current.mail.data?.isUnread).toBe(true);
});

test('a search result row follows the update through its originalMailId', async () => {
  const input = { folderIds: [inboxId], query: [{ field: 'subject', value: '"which"* "road"*' }] };
  const { result } = renderHook(
    () => {
      const search = useQuery(searchQueries.search(env.client, input));
      const folderId = search.data?.folderId ?? '';
      return {
        search,
        page: useQuery(mailListQueries.page(env.client, folderId, 0)),
        update: useMutation(mailMutations.updateMail(env.client)),
      };
    },
    { wrapper: env.wrapper },
  );
  await waitFor(() => expect(result.current.page.data?.items).toHaveLength(1));
  expect(result.current.search.data?.totalItems).toBe(1);
  const row = result.current.page.data?.items[0];
  expect(row?.originalMailId).toBe(mailId);
  await act(() => result.current.update.mutateAsync({ mailId, isUnread: false }));
  await waitFor(() => expect(result.current.page.data?.items[0]?.isUnread).toBe(false));
});

test('search is disabled without folders or criteria', () => {
  expect(searchQueries.search(env.client, { folderIds: [], query: [{ field: 'from', value: 'x' }] }).enabled).toBe(
    false,
  );
  expect(searchQueries.search(env.client, { folderIds: ['a'], query: [] }).enabled).toBe(false);
});
