import type { Mail } from '@inkwell/axigen-client';
import PostalMime from 'postal-mime';
import type { DeliveredMessage } from './types';
import { FIRST_ID, login, testEmulator } from './test-kit';

type List = { items: Mail[]; totalItems: number };
const SENT = '80_116';
const DRAFTS = '80_115';

async function setup(options: Parameters<typeof testEmulator>[0] = {}) {
  const delivered: DeliveredMessage[] = [];
  const emu = testEmulator({ onDelivered: (m) => void delivered.push(m), ...options });
  const alice = await login(emu);
  const bob = await login(emu, 'bob', 'builder');
  const folder = async (caller: typeof alice, id: string) =>
    (await caller.json<List>('GET', `/api/v1/mails?folderId=${id}&limit=100`)).items;
  return { emu, alice, bob, delivered, folder };
}

describe('send', () => {
  it('queues for 10 s, saves a Sent copy and returns its mailId with the processingId', async () => {
    const { emu, alice, bob, delivered, folder } = await setup();
    const res = await alice.json<{ mailId: string; processingId: number }>('POST', '/api/v1/mails/send', {
      to: 'Bob <bob@inkwell.test>',
      subject: 'Hello Bob',
      bodyText: 'Hi!',
    });
    expect(Object.keys(res).sort()).toEqual(['mailId', 'processingId']);
    // Processing ids count from a base that grows with time: a restart never reuses one.
    expect(res.processingId).toBe(FIRST_ID);
    const copy = await alice.json<Mail>('GET', `/api/v1/mails/${res.mailId}`);
    expect(copy).toMatchObject({ folderId: SENT, subject: 'Hello Bob', to: 'Bob <bob@inkwell.test>' });
    await emu.controls.advanceClock(9_999);
    expect(delivered).toHaveLength(0);
    await emu.controls.advanceClock(1);
    expect(delivered).toHaveLength(1);
    const bobInbox = await folder(bob, '81_114');
    expect(bobInbox[0]).toMatchObject({
      subject: 'Hello Bob',
      isUnread: true,
      from: 'Alice Liddell <alice@inkwell.test>',
    });
    await emu.tick();
    await emu.controls.advanceClock(60_000);
    expect(delivered).toHaveLength(1);
    expect(emu.controls.rawOutbox()).toHaveLength(1);
  });

  it('saves no Sent copy and returns no mailId when saveToSent is off', async () => {
    const { emu, alice, folder } = await setup();
    emu.controls.setAccountSettings('alice', { saveToSent: false });
    const before = (await folder(alice, SENT)).length;
    const res = await alice.json<Record<string, unknown>>('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      subject: 's',
    });
    expect(Object.keys(res)).toEqual(['processingId']);
    expect((await folder(alice, SENT)).length).toBe(before);
  });

  it('rejects sends without recipients, with bad addresses or from a foreign address', async () => {
    const { alice } = await setup();
    const none = await alice.request('POST', '/api/v1/mails/send', { subject: 'x' });
    expect(await none.json()).toEqual({
      code: 'NO_RECIPIENTS',
      message: 'Add at least one recipient in to, cc or bcc',
    });
    const bad = await alice.request('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test, not-an-address' });
    expect(await bad.json()).toEqual({
      code: 'INVALID_ADDRESS',
      message: 'to: "not-an-address" is not an email address',
    });
    const from = await alice.request('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      from: 'bob@inkwell.test',
    });
    expect(from.status).toBe(400);
    expect(((await from.json()) as { code: string }).code).toBe('FROM_NOT_ALLOWED');
    const alias = await alice.request('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      from: 'Alice <A.Liddell@inkwell.test>',
    });
    expect(alias.status).toBe(200);
    const folderId = await alice.request('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test', folderId: '80_116' });
    expect(await folderId.json()).toEqual({ code: 'UNKNOWN_FIELD', message: 'Unexpected field(s): folderId' });
  });

  it('sets the source\u2019s refwFlags on reply and forward (refw when both)', async () => {
    const { alice, folder } = await setup();
    const source = (await folder(alice, '80_114')).find((m) => m.subject === 'Lunch?') as Mail;
    expect(source.refwFlags).toBe('');
    await alice.json('POST', '/api/v1/mails/send', {
      to: source.from,
      subject: 'Re: Lunch?',
      refwType: 're',
      refwMailId: source.id,
    });
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${source.id}`)).refwFlags).toBe('re');
    await alice.json('POST', '/api/v1/mails/send', {
      to: 'hatter@teaparty.example',
      subject: 'Fw: Lunch?',
      refwType: 'fw',
      refwMailId: source.id,
    });
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${source.id}`)).refwFlags).toBe('refw');
  });
});

describe('send draft', () => {
  it('sends a stored draft (Bcc included in the envelope) and deletes the draft', async () => {
    const { emu, alice, delivered, folder } = await setup();
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', {
      to: 'bob@inkwell.test',
      bcc: 'hatter@teaparty.example',
      subject: 'From draft',
      bodyHtml: '<p>d</p>',
    });
    const res = await alice.json<{ mailId: string; processingId: number }>('POST', `/api/v1/drafts/${draft.id}/send`);
    expect(res.processingId).toBeGreaterThan(0);
    expect((await alice.request('GET', `/api/v1/mails/${draft.id}`)).status).toBe(404);
    expect((await folder(alice, DRAFTS)).some((m) => m.subject === 'From draft')).toBe(false);
    await emu.controls.advanceClock(10_000);
    expect(delivered[0]?.envelope).toEqual({
      from: 'alice@inkwell.test',
      to: ['bob@inkwell.test', 'hatter@teaparty.example'],
    });
  });

  it('refuses a body and non-drafts; 404 for another account\u2019s draft', async () => {
    const { alice, bob, folder } = await setup();
    const draft = (await folder(alice, DRAFTS))[0] as Mail;
    expect((await alice.request('POST', `/api/v1/drafts/${draft.id}/send`, { to: 'x@y.z' })).status).toBe(400);
    expect((await bob.request('POST', `/api/v1/drafts/${draft.id}/send`)).status).toBe(404);
    const inboxMail = (await folder(alice, '80_114'))[0] as Mail;
    const res = await alice.request('POST', `/api/v1/drafts/${inboxMail.id}/send`);
    expect(((await res.json()) as { code: string }).code).toBe('NOT_A_DRAFT');
  });

  it('sends the seeded reply draft and flags the mail it answers', async () => {
    const { alice, folder } = await setup();
    const draft = (await folder(alice, DRAFTS)).find((m) => m.refwType === 're') as Mail;
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${draft.refwMailId}`)).refwFlags).toBe('');
    await alice.json('POST', `/api/v1/drafts/${draft.id}/send`);
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${draft.refwMailId}`)).refwFlags).toBe('re');
  });
});

describe('undo send', () => {
  it('within 10 s with mailId: pulls the message, moves the Sent copy back to Drafts with its Bcc, never delivers', async () => {
    const { emu, alice, delivered, folder } = await setup();
    const sent = await alice.json<{ mailId: string; processingId: number }>('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      bcc: 'hatter@teaparty.example',
      subject: 'Oops',
      bodyHtml: '<p>not yet</p>',
    });
    await emu.controls.advanceClock(9_000);
    const undo = await alice.json<{ mailId: string }>('POST', '/api/v1/mails/send/undo', {
      processingId: sent.processingId,
      mailId: sent.mailId,
    });
    const draft = await alice.json<Mail>('GET', `/api/v1/mails/${undo.mailId}`);
    expect(draft).toMatchObject({ folderId: DRAFTS, isDraft: true, subject: 'Oops', bcc: 'hatter@teaparty.example' });
    expect((await alice.request('GET', `/api/v1/mails/${sent.mailId}`)).status).toBe(404);
    expect((await folder(alice, SENT)).some((m) => m.subject === 'Oops')).toBe(false);
    await emu.controls.advanceClock(60_000);
    expect(delivered).toHaveLength(0);
    const again = await alice.request('POST', '/api/v1/mails/send/undo', { processingId: sent.processingId });
    expect(again.status).toBe(404);
  });

  it('without mailId: rebuilds a draft from the queued message, without Bcc', async () => {
    const { emu, alice, folder, delivered } = await setup();
    emu.controls.setAccountSettings('alice', { saveToSent: false });
    const sent = await alice.json<{ processingId: number }>('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      bcc: 'hatter@teaparty.example',
      subject: 'Rebuilt',
      bodyText: 'body',
    });
    const undo = await alice.json<{ mailId: string }>('POST', '/api/v1/mails/send/undo', {
      processingId: sent.processingId,
    });
    const draft = await alice.json<Mail>('GET', `/api/v1/mails/${undo.mailId}`);
    expect(draft).toMatchObject({ folderId: DRAFTS, subject: 'Rebuilt', to: 'bob@inkwell.test' });
    expect(draft.bcc).toBeUndefined();
    const body = await alice.json<{ data: string }>('GET', `/api/v1/mails/${undo.mailId}/body?type=text`);
    expect(atob(body.data)).toBe('body');
    expect((await folder(alice, DRAFTS)).filter((m) => m.subject === 'Rebuilt')).toHaveLength(1);
    await emu.controls.advanceClock(20_000);
    expect(delivered).toHaveLength(0);
  });

  it('clears the source\u2019s answered flag, even one set before this send', async () => {
    const { alice, folder } = await setup();
    const answered = (await folder(alice, '80_114')).find((m) => m.refwFlags === 're') as Mail;
    const sent = await alice.json<{ processingId: number; mailId: string }>('POST', '/api/v1/mails/send', {
      to: 'hatter@teaparty.example',
      refwType: 're',
      refwMailId: answered.id,
      subject: 'Re: again',
    });
    await alice.json('POST', '/api/v1/mails/send/undo', { processingId: sent.processingId, mailId: sent.mailId });
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${answered.id}`)).refwFlags).toBe('');
  });

  it('after 10 s fails with UNDO_WINDOW_EXPIRED and the message is delivered exactly once', async () => {
    const { emu, alice, delivered } = await setup();
    const sent = await alice.json<{ processingId: number; mailId: string }>('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      subject: 'late',
    });
    await emu.controls.advanceClock(10_001);
    expect(delivered).toHaveLength(1);
    const res = await alice.request('POST', '/api/v1/mails/send/undo', {
      processingId: sent.processingId,
      mailId: sent.mailId,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 'UNDO_WINDOW_EXPIRED',
      message: `Message ${sent.processingId} has already been sent; undo works for 10 seconds`,
    });
    await emu.tick();
    expect(delivered).toHaveLength(1);
    expect((await alice.json<Mail>('GET', `/api/v1/mails/${sent.mailId}`)).folderId).toBe(SENT);
  });

  it('fails past the window even before a tick delivered it, then delivers it', async () => {
    const { emu, alice, delivered } = await setup();
    const sent = await alice.json<{ processingId: number }>('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test' });
    await emu.controls.setClock(emu.controls.clock().now + 10_001);
    const late = await alice.request('POST', '/api/v1/mails/send/undo', { processingId: sent.processingId });
    expect(late.status).toBe(400);
    expect(delivered).toHaveLength(1);
  });

  it('404s unknown and other accounts\u2019 processingIds; 400 for bad bodies', async () => {
    const { alice, bob } = await setup();
    const sent = await alice.json<{ processingId: number }>('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test' });
    const foreign = await bob.request('POST', '/api/v1/mails/send/undo', { processingId: sent.processingId });
    expect(await foreign.json()).toEqual({
      code: 'PROCESSING_ID_NOT_FOUND',
      message: `No message ${sent.processingId} in your processing queue`,
    });
    expect((await alice.request('POST', '/api/v1/mails/send/undo', { processingId: 999_999 })).status).toBe(404);
    expect(await (await alice.request('POST', '/api/v1/mails/send/undo', {})).json()).toEqual({
      code: 'MISSING_FIELD',
      message: 'processingId is required',
    });
    expect(
      await (
        await alice.request('POST', '/api/v1/mails/send/undo', { processingId: String(sent.processingId) })
      ).json(),
    ).toEqual({
      code: 'INVALID_FIELD',
      message: 'processingId must be an integer',
    });
    expect(
      (await alice.request('POST', '/api/v1/mails/send/undo', { processingId: sent.processingId, extra: 1 })).status,
    ).toBe(400);
  });
});

describe('X4 mode', () => {
  it('answers Send and Send Draft with 200 and an empty body, delivering at once', async () => {
    const { alice, delivered } = await setup({ serverVersion: 'X4' });
    const res = await alice.request('POST', '/api/v1/mails/send', { to: 'bob@inkwell.test', subject: 'x4' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(delivered).toHaveLength(1);
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', { to: 'bob@inkwell.test', subject: 'x4 draft' });
    const sendDraft = await alice.request('POST', `/api/v1/drafts/${draft.id}/send`);
    expect(sendDraft.status).toBe(200);
    expect(await sendDraft.text()).toBe('');
    expect(delivered).toHaveLength(2);
    const parsed = await PostalMime.parse(delivered[1]?.raw ?? '');
    expect(parsed.subject).toBe('x4 draft');
  });
});

describe('concurrent requests', () => {
  it('sends a draft once when Send Draft arrives twice at the same time', async () => {
    const { emu, alice, delivered } = await setup();
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', { to: 'bob@inkwell.test', subject: 'double click' });
    const [a, b] = await Promise.all([
      alice.request('POST', `/api/v1/drafts/${draft.id}/send`),
      alice.request('POST', `/api/v1/drafts/${draft.id}/send`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 404]);
    await emu.controls.advanceClock(10_000);
    expect(delivered).toHaveLength(1);
  });

  it('keeps one draft when Replace Draft arrives twice at the same time', async () => {
    const { alice, folder } = await setup();
    const draft = await alice.json<Mail>('POST', '/api/v1/mails', { subject: 'race' });
    const results = await Promise.all([
      alice.request('PUT', `/api/v1/drafts/${draft.id}`, { subject: 'race 1' }),
      alice.request('PUT', `/api/v1/drafts/${draft.id}`, { subject: 'race 2' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 404]);
    expect((await folder(alice, DRAFTS)).filter((m) => m.subject.startsWith('race'))).toHaveLength(1);
  });
});
