import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractCids } from '../cid/extractCids';
import type { Draft } from '../draft';
import { advance, ALICE, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
const RAW = [
  'From: Bob Builder <bob@inkwell.test>',
  'To: Alice Liddell <alice@inkwell.test>',
  'Cc: Dave <dave@example.com>',
  'Subject: Site photos',
  'Message-ID: <photos-1@inkwell.test>',
  'Date: Mon, 09 Mar 2026 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="mixed"',
  '',
  '--mixed',
  'Content-Type: multipart/related; boundary="rel"',
  '',
  '--rel',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Here is the site: <img src="cid:site@bob" alt="site"></p>',
  '--rel',
  'Content-Type: image/png; name="site.png"',
  'Content-Transfer-Encoding: base64',
  'Content-ID: <site@bob>',
  'Content-Disposition: inline; filename="site.png"',
  '',
  PNG,
  '--rel--',
  '--mixed',
  'Content-Type: text/plain; name="specs.txt"',
  'Content-Disposition: attachment; filename="specs.txt"',
  '',
  'The specs.',
  '--mixed--',
  '',
].join('\r\n');

async function withMail() {
  const h = await createHarness();
  const { mailIds } = await h.emulator.controls.seed({ mails: [{ account: 'alice', raw: RAW }] });
  h.requests.length = 0;
  return { h, mailId: mailIds[0] as string };
}

/** Every `cid:` of the body is an uploaded, inline attachment of the draft. */
function expectCidsBound(draft: Draft) {
  const cids = [...extractCids(draft.bodyHtml)];
  expect(cids.length).toBeGreaterThan(0);
  for (const cid of cids) {
    const part = draft.attachments.find((a) => a.contentId === cid);
    expect(part, `cid:${cid}`).toMatchObject({ isInline: true, state: 'uploaded' });
    expect(part?.queueId).toEqual(expect.any(Number));
  }
}

describe('reply, reply all, forward', () => {
  it('prefills a reply with the quoted original and its inline image, without creating a draft', async () => {
    const { h, mailId } = await withMail();
    const session = h.open({ intent: { kind: 'reply', mailId } });
    await session.ready;
    await advance(5000);
    const { state, draft } = session.getSnapshot();
    expect(state).toBe('pristine');
    expect(h.count('POST', '/api/v1/mails')).toBe(0);
    expect(draft.to).toEqual([BOB]);
    expect(draft.cc).toEqual([]);
    expect(draft.subject).toBe('Re: Site photos');
    expect(draft.refw).toEqual({ type: 're', mailId });
    expect(draft.bodyHtml).toContain('data-inkwell-quote');
    expect(draft.bodyHtml).not.toContain('cid:site@bob');
    expect(draft.attachments.map((a) => a.name)).toEqual(['site.png']);
    expectCidsBound(draft);
    // Store in Queue copied both parts; the reply does not carry specs.txt.
    expect(h.count('POST', '/api/v1/temporaryAttachments/store')).toBe(1);
    expect(h.count('DELETE', '/api/v1/temporaryAttachments/*')).toBe(1);
    session.dispose();
  });

  it('does not copy parts for a reply whose quote shows no inline image', async () => {
    const h = await createHarness();
    const plain = RAW.replace('<img src="cid:site@bob" alt="site">', '(photo attached)');
    const { mailIds } = await h.emulator.controls.seed({ mails: [{ account: 'alice', raw: plain }] });
    h.requests.length = 0;
    const session = h.open({ intent: { kind: 'reply', mailId: mailIds[0] as string } });
    await session.ready;
    expect(session.getSnapshot().draft.attachments).toEqual([]);
    expect(session.getSnapshot().draft.bodyHtml).toContain('(photo attached)');
    expect(h.count('POST', '/api/v1/temporaryAttachments/store')).toBe(0);
    session.dispose();
  });

  it('saves a reply with its image bound in the server draft', async () => {
    const { h, mailId } = await withMail();
    const session = h.open({ intent: { kind: 'reply', mailId } });
    await session.ready;
    session.setBodyHtml(`<p>Looks good!</p>${session.getSnapshot().draft.bodyHtml}`);
    await advance(2100);
    const { serverId, draft } = session.getSnapshot();
    const mail = await h.client.getMail(serverId as string);
    expect(mail.refwType).toBe('re');
    expect(mail.refwMailId).toBe(mailId);
    const html = (await h.client.getBody(mail.id, 'html')).content;
    for (const cid of extractCids(html)) {
      expect(mail.attachments.find((a) => a.contentId === cid)).toMatchObject({ isInline: true });
    }
    expect(mail.attachments.map((a) => a.contentId)).toEqual(draft.attachments.map((a) => a.contentId));
    session.dispose();
  });

  it('reply all keeps Cc and drops the user', async () => {
    const { h, mailId } = await withMail();
    const session = h.open({ intent: { kind: 'replyAll', mailId } });
    await session.ready;
    const { draft } = session.getSnapshot();
    expect(draft.to).toEqual([BOB]);
    expect(draft.cc).toEqual([{ name: 'Dave', address: 'dave@example.com' }]);
    expect([...draft.to, ...draft.cc].some((r) => r.address === ALICE.address)).toBe(false);
    session.dispose();
  });

  it('forwards every part, and the delivered message resolves each cid', async () => {
    const { h, mailId } = await withMail();
    const session = h.open({ intent: { kind: 'forward', mailId } });
    await session.ready;
    const { draft } = session.getSnapshot();
    expect(draft.subject).toBe('Fwd: Site photos');
    expect(draft.to).toEqual([]);
    expect(draft.refw).toEqual({ type: 'fw', mailId });
    expect(draft.attachments.map((a) => [a.name, a.isInline])).toEqual([
      ['site.png', true],
      ['specs.txt', false],
    ]);
    expectCidsBound(draft);
    session.update({ to: [{ address: 'dave@example.com' }] });
    expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
    await advance(11_000, 500);
    const [delivered] = await h.delivered();
    const image = delivered?.attachments.find((a) => a.filename === 'site.png');
    expect(image?.contentId).toBeTruthy();
    expect(delivered?.html).toContain(`cid:${image?.contentId.replace(/^<|>$/g, '')}`);
    expect(delivered?.attachments.map((a) => a.filename).sort()).toEqual(['site.png', 'specs.txt']);
    session.dispose();
  });

  it('reopens a draft with its fields, re-queued parts and reply link', async () => {
    const { h, mailId } = await withMail();
    const first = h.open({ intent: { kind: 'reply', mailId } });
    await first.ready;
    first.update({ bcc: [{ address: 'audit@example.com' }], importance: 'high' });
    first.attachments.add(new File(['plan'], 'plan.txt', { type: 'text/plain' }));
    await settle();
    await advance(2100);
    const serverId = first.getSnapshot().serverId as string;
    const before = first.getSnapshot().draft;
    first.dispose();

    const reopened = h.open({ intent: { kind: 'draft', mailId: serverId } });
    await reopened.ready;
    const { state, draft } = reopened.getSnapshot();
    expect(state).toBe('saved');
    expect(draft).toMatchObject({
      to: [BOB],
      bcc: [{ address: 'audit@example.com' }],
      subject: 'Re: Site photos',
      importance: 'high',
      refw: { type: 're', mailId },
    });
    expect(draft.attachments.map((a) => [a.name, a.isInline]).sort()).toEqual(
      before.attachments.map((a) => [a.name, a.isInline]).sort(),
    );
    expect(draft.attachments.every((a) => !before.attachments.some((b) => b.queueId === a.queueId))).toBe(true);
    expectCidsBound(draft);
    reopened.dispose();
  });

  it('reports a prefill that failed and still lets the user write', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'reply', mailId: 'does-not-exist' } });
    await session.ready;
    expect(session.getSnapshot()).toMatchObject({
      state: 'pristine',
      loadError: expect.stringMatching(/could not be loaded/),
    });
    session.update({ subject: 'Anyway' });
    expect(session.getSnapshot().state).toBe('dirty');
    session.dispose();
  });
});
