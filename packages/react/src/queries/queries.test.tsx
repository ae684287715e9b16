import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { AxigenClient } from '@inkwell/axigen-client';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { seedInbox } from '../test/seed-mails';
import { mailKeys } from '../keys/mail-keys';
import { accountQueries } from './account-queries';
import { contactQueries } from './contact-queries';
import { mailQueries } from './mail-queries';

let env: EmulatorEnv;
let ids: { teaParty: string; plans: string };

beforeEach(async () => {
  env = await createEmulatorEnv();
  ids = await seedInbox(env.emulator);
});

/** Runs one query in the provider and waits for its data. */
async function fetched<T, K extends QueryKey>(options: UseQueryOptions<T, Error, T, K>): Promise<T> {
  const { result } = renderHook(() => useQuery(options), { wrapper: env.wrapper });
  await waitFor(() => expect(result.current.status).not.toBe('pending'));
  expect(result.current.error).toBeNull();
  if (result.current.data === undefined) throw new Error('no data');
  return result.current.data;
}

describe('mailQueries', () => {
  test('mail reads the mail under its key', async () => {
    const mail = await fetched(mailQueries.mail(env.client, ids.teaParty));
    expect(mail.id).toBe(ids.teaParty);
    expect(mail.subject).toBe('Tea at six');
    expect(mail.from).toContain('hatter@teaparty.example');
    expect(env.queryClient.getQueryData(mailKeys.mail(ids.teaParty))).toEqual(mail);
  });

  test('body gives the decoded HTML', async () => {
    const body = await fetched(mailQueries.body(env.client, ids.teaParty, 'html'));
    expect(body.content).toContain('Why is a raven like a writing-desk?');
    expect(body.contentType).toContain('html');
  });

  test('body as text is a separate entry', async () => {
    const body = await fetched(mailQueries.body(env.client, ids.teaParty, 'text'));
    expect(body.content).toContain('Why is a raven like a writing-desk?');
    expect(body.content).not.toContain('<p>');
    expect(mailKeys.body(ids.teaParty, 'text')).not.toEqual(mailKeys.body(ids.teaParty, 'html'));
  });

  test('attachments lists the parts', async () => {
    const { items } = await fetched(mailQueries.attachments(env.client, ids.plans));
    expect(items.map((a) => [a.name, a.contentType])).toEqual([['plans.pdf', 'application/pdf']]);
  });

  test('folders lists the mailbox', async () => {
    const { items } = await fetched(mailQueries.folders(env.client));
    expect(items.find((f) => f.role === 'drafts')?.name).toBe('Drafts');
    expect(items.find((f) => f.role === 'sent')?.name).toBe('Sent');
  });

  test('an empty id does not fetch', () => {
    const getMail = vi.spyOn(env.client, 'getMail');
    const { result } = renderHook(() => useQuery(mailQueries.mail(env.client, '')), { wrapper: env.wrapper });
    expect(result.current.fetchStatus).toBe('idle');
    expect(getMail).not.toHaveBeenCalled();
  });

  test('an unknown mail is an error, not data', async () => {
    const { result } = renderHook(() => useQuery(mailQueries.mail(env.client, 'bm9wZQ')), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.data).toBeUndefined();
  });

  test("the query's abort signal reaches the client", async () => {
    const getMail = vi.spyOn(env.client, 'getMail');
    await fetched(mailQueries.mail(env.client, ids.teaParty));
    expect(getMail).toHaveBeenCalledWith(ids.teaParty, { signal: expect.any(AbortSignal) });
  });
});

describe('accountQueries', () => {
  test('info', async () => {
    const info = await fetched(accountQueries.info(env.client));
    expect([info.accountName, info.domainName, info.fullName]).toEqual(['alice', 'inkwell.test', 'Alice Liddell']);
  });

  test('aliases', async () => {
    const { items } = await fetched(accountQueries.aliases(env.client));
    expect(items.map((a) => a.emailAddress)).toEqual(
      expect.arrayContaining(['alice@inkwell.test', 'a.liddell@inkwell.test']),
    );
  });

  test('signatures and one signature', async () => {
    const { items } = await fetched(accountQueries.signatures(env.client));
    expect(items.map((s) => s.name)).toEqual(['Work', 'Short']);
    const signature = await fetched(accountQueries.signature(env.client, 'sig-2'));
    expect(signature).toMatchObject({ id: 'sig-2', type: 'text', body: '-- \nAlice' });
    expect(mailKeys.signature('sig-2').slice(0, 3)).toEqual(mailKeys.signatures());
  });

  test('settings', async () => {
    const settings = await fetched(accountQueries.settings(env.client));
    expect(settings.timezone).toBe('Europe/London');
    expect(settings.receipts?.requestReadReceipts).toBe(false);
  });
});

describe('contactQueries.autocomplete', () => {
  test('suggests matching contacts', async () => {
    const { items } = await fetched(contactQueries.autocomplete(env.client, 'bob', 5));
    expect(items.map((c) => c.email)).toContain('bob@inkwell.test');
  });

  test('a blank query does not fetch', () => {
    const autocomplete = vi.spyOn(env.client, 'autocompleteContacts');
    const { result } = renderHook(() => useQuery(contactQueries.autocomplete(env.client, '   ')), {
      wrapper: env.wrapper,
    });
    expect(result.current.fetchStatus).toBe('idle');
    expect(autocomplete).not.toHaveBeenCalled();
  });

  test('the typed query is trimmed and the limit passed on', async () => {
    const autocomplete = vi.spyOn(env.client, 'autocompleteContacts');
    await fetched(contactQueries.autocomplete(env.client, ' hat ', 3));
    expect(autocomplete).toHaveBeenCalledWith('hat', { signal: expect.any(AbortSignal), limit: 3 });
  });

  test('keeps the previous suggestions while the next ones load', async () => {
    const { result, rerender } = renderHook(
      ({ query }: { query: string }) => useQuery(contactQueries.autocomplete(env.client, query)),
      { wrapper: env.wrapper, initialProps: { query: 'bo' } },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    const first = result.current.data;
    rerender({ query: 'bob' });
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data).toBe(first);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
  });

  test('an out-of-range limit is a clear error', () => {
    const client = {} as AxigenClient;
    expect(() => contactQueries.autocomplete(client, 'a', 0)).toThrow(
      'contactQueries.autocomplete: limit must be an integer from 1 to 50, got 0',
    );
    expect(() => contactQueries.autocomplete(client, 'a', 51)).toThrow(RangeError);
  });
});
