import type { Mail } from '@inkwell/axigen-client';
import { login, testEmulator } from './test-kit';

const DRAFTS = '80_115';

async function setup() {
  const emu = testEmulator();
  const alice = await login(emu);
  const inbox = await alice.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=80_114&limit=100');
  return { emu, alice, inbox: inbox.items };
}

describe('create', () => {
  it('creates a draft in Drafts by default, keeping Bcc and the exact body', async () => {
    const { alice } = await setup();
    const mail = await alice.json<Mail>('POST', '/api/v1/mails', {
      to: 'Bob Builder <bob@inkwell.test>',
      bcc: 'hatter@teaparty.example',
      subject: 'Plans',
      bodyHtml: '<p>Hello <b>Bob</b></p>',
      importance: 'high',
      isFlagged: true,
    });
    expect(mail).toMatchObject({
      folderId: DRAFTS,
      isDraft: true,
      isFlagged: true,
      isUnread: false,
      from: 'Alice Liddell <alice@inkwell.test>',
      to: 'Bob Builder <bob@inkwell.test>',
      bcc: 'hatter@teaparty.example',
      subject: 'Plans',
      importance: 'high',
      refwType: '',
    });
    expect(mail.date).toBe(String(Math.floor(Date.UTC(2026, 10, 21, 12) / 1000)));
    const body = await alice.json<{ data: string }>('GET', `/api/v1/mails/${mail.id}/body`);
    expect(atob(body.data)).toBe('<p>Hello <b>Bob</b></p>');
  });

  it('creates into another folder given folderId, 404 for a folder that is not the caller\u2019s', async () => {
    const { alice } = await setup();
    const mail = await alice.json<Mail>('POST', '/api/v1/mails', {
      subject: 'Note',
      bodyText: 'x',
      folderId: '80_114',
      isUnread: true,
    });
    expect(mail).toMatchObject({ folderId: '80_114', isUnread: true, isDraft: false });
    const res = await alice.request('POST', '/api/v1/mails', { subject: 'Note', folderId: '81_114' });
    expect(res.status).toBe(404);
  });

  it('exposes Reply-To as replyTo, else From; replyToAll is To + Cc', async () => {
    const { alice } = await setup();
    const withReplyTo = await alice.json<Mail>('POST', '/api/v1/mails', {
      to: 'bob@inkwell.test',
      cc: 'Hatter <hatter@teaparty.example>',
      replyTo: 'Team <team@inkwell.test>',
    });
    expect(withReplyTo).toMatchObject({
      replyTo: 'Team <team@inkwell.test>',
      replyToAll: 'bob@inkwell.test, Hatter <hatter@teaparty.example>',
    });
    const without = await alice.json<Mail>('POST', '/api/v1/mails', { to: 'bob@inkwell.test' });
    expect(without).toMatchObject({
      replyTo: 'Alice Liddell <alice@inkwell.test>',
      replyToAll: 'bob@inkwell.test',
      cc: '',
    });
  });

  it('keeps the reply link of a draft and exposes it again (refwType/refwMailId)', async () => {
    const { alice, inbox } = await setup();
    const source = inbox[0] as Mail;
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', {
      to: source.from,
      subject: `Re: ${source.subject}`,
      refwType: 're',
      refwMailId: source.id,
    });
    expect(draft).toMatchObject({ refwType: 're', refwMailId: source.id });
    const again = await alice.json<Mail>('GET', `/api/v1/mails/${draft.id}`);
    expect(again).toMatchObject({ refwType: 're', refwMailId: source.id });
  });
});

describe('replace draft', () => {
  it('returns a new id; the old id then 404s', async () => {
    const { alice } = await setup();
    const first = await alice.json<Mail>('POST', '/api/v1/mails', { subject: 'v1', bodyText: 'one', isFlagged: true });
    const second = await alice.json<Mail>('PUT', `/api/v1/drafts/${first.id}`, { subject: 'v2', bodyText: 'two' });
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ subject: 'v2', folderId: DRAFTS, isFlagged: true });
    expect((await alice.request('GET', `/api/v1/mails/${first.id}`)).status).toBe(404);
    expect((await alice.request('PUT', `/api/v1/drafts/${first.id}`, { subject: 'v3' })).status).toBe(404);
    const drafts = await alice.json<{ items: Mail[] }>('GET', `/api/v1/mails?folderId=${DRAFTS}`);
    expect(drafts.items.filter((m) => m.subject.startsWith('v'))).toHaveLength(1);
  });

  it('refuses to replace a mail that is not a draft, and keeps the old draft when validation fails', async () => {
    const { alice, inbox } = await setup();
    const res = await alice.request('PUT', `/api/v1/drafts/${inbox[0]?.id}`, { subject: 'x' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('NOT_A_DRAFT');
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', { subject: 'keep me' });
    const bad = await alice.request('PUT', `/api/v1/drafts/${draft.id}`, {
      subject: 'x',
      temporaryAttachments: [{ id: 999 }],
    });
    expect(bad.status).toBe(400);
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${draft.id}`)).subject).toBe('keep me');
  });

  it('rejects folderId on replace (not a Replace Draft field)', async () => {
    const { alice } = await setup();
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', { subject: 'x' });
    const res = await alice.request('PUT', `/api/v1/drafts/${draft.id}`, { folderId: '80_114' });
    expect(await res.json()).toEqual({ code: 'UNKNOWN_FIELD', message: 'Unexpected field(s): folderId' });
  });
});

describe('payload validation (400)', () => {
  const cases: [string, unknown, string, string][] = [
    ['unknown field', { subject: 'x', body: 'y' }, 'UNKNOWN_FIELD', 'Unexpected field(s): body'],
    ['address as array', { to: ['bob@inkwell.test'] }, 'INVALID_FIELD', 'to must be a string'],
    ['number subject', { subject: 5 }, 'INVALID_FIELD', 'subject must be a string'],
    ['string flag', { isFlagged: 'yes' }, 'INVALID_FIELD', 'isFlagged must be a boolean'],
    [
      'importance outside the enum',
      { importance: 'urgent' },
      'INVALID_FIELD',
      'importance must be one of normal, low, high',
    ],
    ['refwType without refwMailId', { refwType: 're' }, 'INVALID_REFW', 'refwType requires refwMailId'],
    [
      'refwMailId without refwType',
      { refwMailId: 'ODBfMTE0XzE' },
      'INVALID_REFW',
      'refwMailId must be left out when refwType is not set',
    ],
    ['refwType refw', { refwType: 'refw', refwMailId: 'ODBfMTE0XzE' }, 'INVALID_REFW', 'refwType must be "re" or "fw"'],
    [
      'refwType other',
      { refwType: 'reply', refwMailId: 'ODBfMTE0XzE' },
      'INVALID_REFW',
      'refwType must be "re" or "fw"',
    ],
    [
      'temporaryAttachments not an array',
      { temporaryAttachments: { id: 1 } },
      'INVALID_FIELD',
      'temporaryAttachments must be an array',
    ],
    [
      'temp attachment id as string',
      { temporaryAttachments: [{ id: '1' }] },
      'INVALID_FIELD',
      'temporaryAttachments[0].id must be an integer',
    ],
    [
      'temp attachment not in the queue',
      { temporaryAttachments: [{ id: 4242 }] },
      'INVALID_FIELD',
      'temporaryAttachments: id 4242 is not in your attachment queue',
    ],
    [
      'inline without contentId',
      { temporaryAttachments: [{ id: 1, isInline: true }] },
      'INVALID_FIELD',
      'temporaryAttachments[0] is inline but has no contentId',
    ],
    ['deliveryTime on create', { deliveryTime: 1 }, 'UNKNOWN_FIELD', 'Unexpected field(s): deliveryTime'],
    [
      'receipt flag on create',
      { requestReadReceipt: true },
      'UNKNOWN_FIELD',
      'Unexpected field(s): requestReadReceipt',
    ],
  ];
  it.each(cases)('%s', async (_name, body, code, message) => {
    const { alice } = await setup();
    const res = await alice.request('POST', '/api/v1/mails', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code, message });
  });

  it('404s a refwMailId that is not the caller\u2019s mail', async () => {
    const { emu, inbox } = await setup();
    const bob = await login(emu, 'bob', 'builder');
    const res = await bob.request('POST', '/api/v1/mails', { refwType: 'fw', refwMailId: inbox[0]?.id });
    expect(res.status).toBe(404);
  });

  it('rejects malformed JSON, a non-object body and invalid UTF-8', async () => {
    const { alice } = await setup();
    const broken = await alice.request('POST', '/api/v1/mails', '{"subject": ', { 'Content-Type': 'application/json' });
    expect(await broken.json()).toEqual({ code: 'INVALID_JSON', message: 'Request body is not valid JSON' });
    const array = await alice.request('POST', '/api/v1/mails', '[]', { 'Content-Type': 'application/json' });
    expect(await array.json()).toEqual({ code: 'INVALID_JSON', message: 'Request body must be a JSON object' });
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"subject":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}'),
    ]);
    const utf8 = await alice.request('POST', '/api/v1/mails', bytes, { 'Content-Type': 'application/json' });
    expect(utf8.status).toBe(400);
    expect(await utf8.json()).toEqual({ code: 'INVALID_UTF8', message: 'Request body is not valid UTF-8' });
    const surrogate = await alice.request('POST', '/api/v1/mails', '{"subject":"bad \\ud800 half"}', {
      'Content-Type': 'application/json',
    });
    expect(surrogate.status).toBe(400);
    expect(((await surrogate.json()) as { code: string }).code).toBe('INVALID_UTF8');
    const pair = await alice.request('POST', '/api/v1/mails', '{"subject":"ok \\ud83d\\udc07"}', {
      'Content-Type': 'application/json',
    });
    expect(((await pair.json()) as Mail).subject).toBe('ok 🐇');
  });

  it('answers 413 for a body over maxBodyBytes and 400 past maxAttachmentsPerMail', async () => {
    const emu = testEmulator({ limits: { maxBodyBytes: 1000, maxAttachmentsPerMail: 2 } });
    const alice = await login(emu);
    const res = await alice.request('POST', '/api/v1/mails', { bodyText: 'x'.repeat(2000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Request body is larger than the limit of 1000 bytes',
    });
    const many = await alice.request('POST', '/api/v1/mails', {
      temporaryAttachments: [{ id: 1 }, { id: 2 }, { id: 3 }],
    });
    expect(many.status).toBe(400);
    expect(((await many.json()) as { code: string }).code).toBe('TOO_MANY_ATTACHMENTS');
  });

  it('needs a session', async () => {
    const { emu } = await setup();
    const res = await emu.handle(new Request('http://emulator.test/api/v1/mails', { method: 'POST', body: '{}' }));
    expect(res.status).toBe(401);
  });
});
