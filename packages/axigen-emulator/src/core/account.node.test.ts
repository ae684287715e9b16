import type {
  AccountInfo,
  AliasesResponse,
  ContactsAutocompleteResponse,
  Signature,
  SignaturesResponse,
} from '@inkwell/axigen-client';
import { login, testEmulator } from './test-kit';

describe('account', () => {
  it('returns account info with the default-From fields and quota in KB', async () => {
    const alice = await login(testEmulator());
    const info = await alice.json<AccountInfo>('GET', '/api/v1/account/info');
    expect(info).toMatchObject({
      accountName: 'alice',
      domainName: 'inkwell.test',
      fullName: 'Alice Liddell',
      folderContainerId: '80',
      totalQuota: 1048576,
    });
    expect(info.usedQuota).toBeGreaterThan(0);
    expect((info.usedQuota ?? 0) + (info.remainingQuota ?? 0)).toBe(1048576);
    const bob = await login(testEmulator(), 'bob', 'builder');
    expect((await bob.json<AccountInfo>('GET', '/api/v1/account/info')).fullName).toBe('Bob Builder');
  });

  it('lists the main address and two aliases', async () => {
    const alice = await login(testEmulator());
    expect(await alice.json<AliasesResponse>('GET', '/api/v1/account/aliases')).toEqual({
      items: [
        { emailAddress: 'alice@inkwell.test', type: 'mainAddress' },
        { emailAddress: 'a.liddell@inkwell.test', type: 'accountAlias' },
        { emailAddress: 'wonderland@inkwell.test', type: 'accountAlias' },
      ],
    });
  });

  it('lists signatures without bodies and gets one with its body; 404 for unknown', async () => {
    const alice = await login(testEmulator());
    expect(await alice.json<SignaturesResponse>('GET', '/api/v1/account/signatures')).toEqual({
      items: [
        { id: 'sig-1', name: 'Work', type: 'html' },
        { id: 'sig-2', name: 'Short', type: 'text' },
      ],
    });
    const sig = await alice.json<Signature>('GET', '/api/v1/account/signatures/sig-1');
    expect(sig.body).toContain('<strong>Alice Liddell</strong>');
    expect((await alice.request('GET', '/api/v1/account/signatures/sig-9')).status).toBe(404);
  });

  it('returns compose-relevant settings', async () => {
    const alice = await login(testEmulator());
    const settings = await alice.json<Record<string, unknown>>('GET', '/api/v1/account/settings');
    expect(settings).toMatchObject({
      timezone: 'Europe/London',
      autoAddRecipients: true,
      receipts: { sendReadReceipts: 'ask', requestReadReceipts: false, requestDeliveryReceipts: false },
    });
    expect(settings.saveToSent).toBeUndefined();
  });
});

describe('contacts autocomplete', () => {
  it('matches the address book by name, nickname or address, case-insensitively', async () => {
    const alice = await login(testEmulator());
    const res = await alice.json<ContactsAutocompleteResponse>('GET', '/api/v1/contacts/autocomplete?query=TEAPARTY');
    expect(res.items.map((c) => c.email)).toEqual(['hatter@teaparty.example', 'hare@teaparty.example']);
    expect(res.totalItems).toBe(2);
    expect(res.items[0]).toEqual({
      id: 'c3',
      folderId: '80_addressbook',
      isDistributionList: false,
      name: 'Mad Hatter',
      email: 'hatter@teaparty.example',
      firstName: 'Mad',
      lastName: 'Hatter',
      nickName: '',
      reversedName: 'Hatter, Mad',
    });
    const nick = await alice.json<ContactsAutocompleteResponse>('GET', '/api/v1/contacts/autocomplete?query=lewis');
    expect(nick.items.map((c) => c.name)).toEqual(['Charles Dodgson']);
    const cyr = await alice.json<ContactsAutocompleteResponse>(
      'GET',
      `/api/v1/contacts/autocomplete?query=${encodeURIComponent('олег')}`,
    );
    expect(cyr.items.map((c) => c.email)).toEqual(['oleg@example.ru']);
  });

  it('limits results (default 10, 1–50) and reports the total', async () => {
    const alice = await login(testEmulator());
    const all = await alice.json<ContactsAutocompleteResponse>('GET', '/api/v1/contacts/autocomplete?query=');
    expect(all.items).toHaveLength(10);
    expect(all.totalItems).toBe(10);
    const two = await alice.json<ContactsAutocompleteResponse>('GET', '/api/v1/contacts/autocomplete?query=e&limit=2');
    expect(two.items).toHaveLength(2);
    expect(two.totalItems).toBeGreaterThan(2);
    for (const limit of ['0', '51', 'x']) {
      const res = await alice.request('GET', `/api/v1/contacts/autocomplete?query=a&limit=${limit}`);
      expect(await res.json()).toEqual({ code: 'INVALID_FIELD', message: 'limit must be an integer from 1 to 50' });
    }
  });

  it('suggests recent recipients after a send', async () => {
    const alice = await login(testEmulator());
    await alice.json('POST', '/api/v1/mails/send', { to: 'Gryphon <gryphon@sea.example>', subject: 'x' });
    const res = await alice.json<ContactsAutocompleteResponse>('GET', '/api/v1/contacts/autocomplete?query=gryph');
    expect(res.items.map((c) => [c.name, c.email])).toEqual([['Gryphon', 'gryphon@sea.example']]);
  });
});

describe('account writes', () => {
  it('patches settings partially, merging receipts; rejects unknown fields and wrong types', async () => {
    const alice = await login(testEmulator());
    const res = await alice.request('PATCH', '/api/v1/account/settings', {
      timezone: 'Asia/Tokyo',
      receipts: { requestReadReceipts: true },
    });
    expect(res.status).toBe(200);
    expect(await alice.json('GET', '/api/v1/account/settings')).toMatchObject({
      timezone: 'Asia/Tokyo',
      language: 'en',
      receipts: { sendReadReceipts: 'ask', requestReadReceipts: true, requestDeliveryReceipts: false },
    });
    expect(await (await alice.request('PATCH', '/api/v1/account/settings', { saveToSent: false })).json()).toEqual({
      code: 'UNKNOWN_FIELD',
      message: 'Unexpected field(s): saveToSent',
    });
    expect(
      await (await alice.request('PATCH', '/api/v1/account/settings', { autoAddRecipients: 'no' })).json(),
    ).toEqual({
      code: 'INVALID_FIELD',
      message: 'autoAddRecipients must be a boolean',
    });
    expect(
      (await alice.request('PATCH', '/api/v1/account/settings', { receipts: { sendReadReceipts: 'maybe' } })).status,
    ).toBe(400);
  });

  it('creates, updates and deletes signatures', async () => {
    const alice = await login(testEmulator());
    const created = await alice.json<SignaturesResponse['items'][number]>('POST', '/api/v1/account/signatures', {
      name: 'Fun',
      type: 'text',
      body: 'Curiouser!',
    });
    expect(created).toEqual({ id: 'sig-3', name: 'Fun', type: 'text' });
    expect((await alice.request('PUT', '/api/v1/account/signatures/sig-3', { body: 'and curiouser' })).status).toBe(
      200,
    );
    expect(await alice.json('GET', '/api/v1/account/signatures/sig-3')).toEqual({
      id: 'sig-3',
      name: 'Fun',
      type: 'text',
      body: 'and curiouser',
    });
    expect(
      await (await alice.request('POST', '/api/v1/account/signatures', { name: 'x', type: 'text' })).json(),
    ).toEqual({ code: 'MISSING_FIELD', message: 'body is required' });
    expect((await alice.request('PUT', '/api/v1/account/signatures/sig-3', { type: 'rtf' })).status).toBe(400);
    expect((await alice.request('DELETE', '/api/v1/account/signatures/sig-3')).status).toBe(200);
    expect((await alice.request('GET', '/api/v1/account/signatures/sig-3')).status).toBe(404);
    expect((await alice.request('DELETE', '/api/v1/account/signatures/sig-3')).status).toBe(404);
  });
});
