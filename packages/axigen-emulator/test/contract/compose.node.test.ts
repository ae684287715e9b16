// Contract: every compose endpoint (reference §3) and the reads (§4, §7) through the client, over real HTTP.
import { isAxigenError, type AxigenClient } from '../support/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/node/server';
import { advanceClock, loggedIn, PNG_1X1, startServer } from './harness';

let server: EmulatorServer;
let alice: AxigenClient;
let folders: { inbox: string; drafts: string; sent: string; scheduled: string };
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.emulator.controls.reset();
  alice = await loggedIn(server);
  const { items } = await alice.listFolders();
  const byRole = (role: string) => items.find((folder) => folder.role === role)!.id;
  folders = {
    inbox: byRole('inbox'),
    drafts: byRole('drafts'),
    sent: byRole('sent'),
    scheduled: items.find((folder) => folder.name === 'Scheduled')!.id,
  };
});

const nowSeconds = () => Math.floor(server.emulator.controls.clock().now / 1000);
const bob = { name: 'Bob Builder', address: 'bob@inkwell.test' };

describe('drafts', () => {
  it('deletes a draft (DELETE /api/v1/mails/{id}): it leaves Drafts for Trash', async () => {
    const draft = await alice.createDraft({ subject: 'To discard', to: [bob] });
    await expect(alice.deleteMail(draft.id)).resolves.toBeUndefined();
    const gone = await alice.getMail(draft.id).catch((e: unknown) => e);
    expect(isAxigenError(gone) && gone.status).toBe(404);
    const trash = (await alice.listFolders()).items.find((folder) => folder.role === 'trash')!.id;
    const inTrash = server.emulator
      .snapshot()
      .mails.filter((m) => m.account === 'alice@inkwell.test' && m.folderId === trash);
    expect(inTrash.some((m) => m.raw.includes('To discard'))).toBe(true);
    const again = await alice.deleteMail(draft.id).catch((e: unknown) => e);
    expect(again).toMatchObject({ kind: 'http', status: 404, operation: 'deleteMail', outcomeUnknown: false });
  });

  it('creates a draft in Drafts with every compose field', async () => {
    const mail = await alice.createDraft({
      to: [bob, { name: 'Doe, Jane', address: 'jane@example.net' }],
      cc: [{ address: 'carol@example.net' }],
      bcc: [{ address: 'hidden@example.net' }],
      subject: 'Plans — 予定',
      bodyHtml: '<p>Hello <b>Bob</b></p>',
      importance: 'high',
    });
    expect(mail).toMatchObject({
      folderId: folders.drafts,
      isDraft: true,
      subject: 'Plans — 予定',
      importance: 'high',
      to: expect.stringContaining('bob@inkwell.test'),
      cc: expect.stringContaining('carol@example.net'),
      bcc: expect.stringContaining('hidden@example.net'),
    });
    expect(mail.to).toContain('"Doe, Jane"');
    expect(await alice.getMail(mail.id)).toMatchObject({ id: mail.id, subject: 'Plans — 予定' });
  });

  it('replaces a draft: the response carries the new id and the old id is gone', async () => {
    const first = await alice.createDraft({ subject: 'v1', to: [bob] });
    const second = await alice.replaceDraft(first.id, { subject: 'v2', to: [bob], bodyText: 'second' });
    expect(second).toMatchObject({ subject: 'v2', isDraft: true, folderId: folders.drafts });
    expect((await alice.getBody(second.id, 'text')).content).toContain('second');
    // Like an IMAP append, a replace gives the draft a new id (reference §3, INFERRED): clients read it from the response.
    expect(second.id).not.toBe(first.id);
    const error = await alice.getMail(first.id).catch((e: unknown) => e);
    expect(isAxigenError(error) && error.status).toBe(404);
  });

  it('keeps each version of a long reply exact, a save that failed and was repeated included', async () => {
    // Long enough that the client keeps the quote's JSON text from save to save (axigen-client json-writer.ts).
    const quote = `<blockquote type="cite">${'<p>Earlier "note" \\ — ünïcödé ✓ 😀</p>'.repeat(1500)}</blockquote>`;
    const input = (typed: string) => ({ to: [bob], subject: 'Re: long', bodyHtml: `<p>${typed}</p>${quote}` });
    const bodyOf = async (id: string) => (await alice.getBody(id, 'html')).content;
    let draft = await alice.createDraft(input('H'));
    for (const typed of ['Hi', 'Hi Bob', 'Hi Bob, see below.']) {
      draft = await alice.replaceDraft(draft.id, input(typed));
      expect(await bodyOf(draft.id)).toContain(`<p>${typed}</p>${quote}`);
    }
    server.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', status: 503, times: 1 });
    const failed = await alice.replaceDraft(draft.id, input('Hi Bob, see below!')).catch((e: unknown) => e);
    expect(isAxigenError(failed) && failed.status).toBe(503);
    draft = await alice.replaceDraft(draft.id, input('Hi Bob, see below!'));
    expect(await bodyOf(draft.id)).toContain(`<p>Hi Bob, see below!</p>${quote}`);
  }, 30_000);
});

describe('send', () => {
  it('sends (X5): undoable with a processingId, and a Sent copy id', async () => {
    const result = await alice.send({ to: [bob], subject: 'Now', bodyText: 'hi' });
    expect(result).toEqual({ undoable: true, processingId: expect.any(Number), mailId: expect.any(String) });
    expect(await alice.getMail(result.mailId!)).toMatchObject({ folderId: folders.sent, subject: 'Now' });
  });

  it('sends without a mailId when the account does not save to Sent', async () => {
    await fetch(`${server.url}/__emulator/accounts/alice@inkwell.test/settings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ saveToSent: false }),
    });
    const result = await alice.send({ to: [bob], subject: 'No copy', bodyText: 'hi' });
    expect(result).toEqual({ undoable: true, processingId: expect.any(Number) });
  });

  it('sends a draft: the draft is deleted', async () => {
    const draft = await alice.createDraft({ to: [bob], subject: 'From draft', bodyText: 'x' });
    const result = await alice.sendDraft(draft.id);
    expect(result.undoable).toBe(true);
    const error = await alice.getMail(draft.id).catch((e: unknown) => e);
    expect(isAxigenError(error) && error.status).toBe(404);
  });

  it('undoes a send within 10 s: the Sent copy goes back to Drafts and nothing is delivered', async () => {
    const sent = await alice.send({
      to: [bob],
      bcc: [{ address: 'hidden@example.net' }],
      subject: 'Oops',
      bodyText: 'wait',
    });
    if (!sent.undoable) throw new Error('X5 send must be undoable');
    await advanceClock(server, 5_000);
    const { mailId } = await alice.undoSend({ processingId: sent.processingId, mailId: sent.mailId });
    expect(mailId).toEqual(expect.any(String));
    expect(await alice.getMail(mailId!)).toMatchObject({ folderId: folders.drafts, isDraft: true, subject: 'Oops' });
    await advanceClock(server, 60_000);
    expect(server.emulator.controls.rawOutbox()).toEqual([]);
  });

  it('undo without mailId rebuilds a draft, without the original Bcc', async () => {
    const sent = await alice.send({
      to: [bob],
      bcc: [{ address: 'hidden@example.net' }],
      subject: 'Rebuilt',
      bodyText: 'b',
    });
    if (!sent.undoable) throw new Error('X5 send must be undoable');
    const { mailId } = await alice.undoSend({ processingId: sent.processingId });
    const draft = await alice.getMail(mailId!);
    expect(draft).toMatchObject({ isDraft: true, subject: 'Rebuilt', to: expect.stringContaining('bob@inkwell.test') });
    expect(draft.bcc ?? '').toBe('');
  });
});

describe('scheduled send', () => {
  it('schedules a new mail into Scheduled and delivers it at deliveryTime', async () => {
    // The next whole second, so the delivery is at least an hour away: a time rounded down would be up to a second
    // closer, and the emulator's clock also moves with real time while the requests run.
    const deliveryTime = Math.ceil(server.emulator.controls.clock().now / 1000) + 3600;
    const { mailId } = await alice.scheduleSend({ to: [bob], subject: 'Later', bodyText: 'in an hour', deliveryTime });
    expect(await alice.getMail(mailId)).toMatchObject({ folderId: folders.scheduled, subject: 'Later' });
    await advanceClock(server, 3_599_000);
    expect(server.emulator.controls.rawOutbox()).toHaveLength(0);
    await advanceClock(server, 2_000);
    expect(server.emulator.controls.rawOutbox()).toHaveLength(1);
  });

  it('schedules a draft, then cancel moves it back to Drafts and it is never delivered', async () => {
    const draft = await alice.createDraft({ to: [bob], subject: 'Maybe', bodyText: 'x' });
    const scheduled = await alice.scheduleSendDraft(draft.id, nowSeconds() + 600);
    expect(await alice.getMail(scheduled.mailId)).toMatchObject({ folderId: folders.scheduled });
    const back = await alice.cancelScheduledSend(scheduled.mailId);
    expect(await alice.getMail(back.mailId)).toMatchObject({
      folderId: folders.drafts,
      isDraft: true,
      subject: 'Maybe',
    });
    await advanceClock(server, 700_000);
    expect(server.emulator.controls.rawOutbox()).toHaveLength(0);
  });
});

describe('temporary attachments', () => {
  it('uploads several files, reads one back byte for byte, deletes one', async () => {
    const { items } = await alice.uploadTemporaryAttachments([
      new File([PNG_1X1], 'dot.png', { type: 'image/png' }),
      new File(['hello, world\n'], 'notes — ünï.txt', { type: 'text/plain' }),
    ]);
    expect(items).toEqual([
      { id: expect.any(Number), name: 'dot.png', contentType: 'image/png', size: PNG_1X1.length },
      { id: expect.any(Number), name: 'notes — ünï.txt', contentType: 'text/plain', size: 13 },
    ]);
    const blob = await alice.getTemporaryAttachment(items[0]!.id);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(PNG_1X1);
    expect(blob.type).toBe('image/png');
    await alice.deleteTemporaryAttachment(items[1]!.id);
    const error = await alice.getTemporaryAttachment(items[1]!.id).catch((e: unknown) => e);
    expect(isAxigenError(error) && error.status).toBe(404);
  });

  it('attaches queue items to a draft, and Store in Queue copies them back with fresh ids', async () => {
    const { items } = await alice.uploadTemporaryAttachments([
      new File(['report'], 'report.txt', { type: 'text/plain' }),
    ]);
    const draft = await alice.createDraft({
      to: [bob],
      subject: 'With file',
      bodyText: 'see attached',
      temporaryAttachments: [{ id: items[0]!.id }],
    });
    expect(draft.hasAttachments).toBe(true);
    expect(draft.attachments).toEqual([
      expect.objectContaining({ name: 'report.txt', isInline: false, mailId: draft.id }),
    ]);
    const stored = await alice.storeInQueue(draft.id);
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]).toMatchObject({ name: 'report.txt' });
    expect(stored.items[0]!.id).not.toBe(items[0]!.id);
    const copy = await alice.getTemporaryAttachment(stored.items[0]!.id);
    expect(await copy.text()).toBe('report');
  });
});

describe('reads for reply and forward', () => {
  it('reads a seeded inbox mail: mail, html body, attachments, attachment bytes', async () => {
    const list = await fetch(`${server.url}/api/v1/mails?folderId=${folders.inbox}&limit=100`, {
      headers: await sessionHeaders(),
    });
    const { items } = (await list.json()) as { items: { id: string; hasAttachments: boolean }[] };
    const withFiles = items.find((mail) => mail.hasAttachments)!;
    const mail = await alice.getMail(withFiles.id);
    expect(mail.attachments.length).toBeGreaterThan(0);
    const body = await alice.getBody(mail.id, 'html');
    expect(body).toMatchObject({ contentType: expect.stringContaining('html'), isTruncated: false });
    expect(body.content.length).toBeGreaterThan(0);
    expect((await alice.listAttachments(mail.id)).items).toEqual(mail.attachments);
    const first = mail.attachments[0]!;
    const download = await fetch(alice.attachmentUrl(mail.id, first.id, { download: true }), {
      headers: await sessionHeaders(),
    });
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBe(first.size);
  });

  it('reads an HTML body over 2 MB whole: the truncated answer is completed from /body/full', async () => {
    const paragraph = '<p>' + 'Lorem ipsum dolor sit amet, ünïcödé ✓. '.repeat(50) + '</p>';
    const html = paragraph.repeat(Math.ceil((2.2 * 1024 * 1024) / paragraph.length));
    const draft = await alice.createDraft({ to: [bob], subject: 'Long', bodyHtml: html });
    const body = await alice.getBody(draft.id, 'html');
    expect(body.content).toContain(html); // all of it: the 2 MB cut of /body is not what the client returns
  }, 30_000); // composing and parsing 2 MB of MIME takes seconds on a loaded 2-core machine

  it('reads folders, account info, aliases, signatures, settings and autocomplete', async () => {
    expect(await alice.getAccountInfo()).toMatchObject({
      accountName: 'alice',
      domainName: 'inkwell.test',
      fullName: 'Alice Liddell',
    });
    const aliases = await alice.listAliases();
    expect(aliases.items).toEqual(
      expect.arrayContaining([{ emailAddress: 'alice@inkwell.test', type: 'mainAddress' }]),
    );
    expect(aliases.items.length).toBeGreaterThanOrEqual(3);
    const signatures = await alice.listSignatures();
    expect(signatures.items.length).toBeGreaterThan(0);
    const signature = await alice.getSignature(signatures.items[0]!.id);
    expect(signature).toMatchObject({
      id: signatures.items[0]!.id,
      type: expect.stringMatching(/^(html|text)$/),
      body: expect.any(String),
    });
    expect(await alice.getSettings()).toMatchObject({ timezone: expect.any(String) });
    const contacts = await alice.autocompleteContacts('bo', { limit: 5 });
    expect(contacts.items.map((contact) => contact.email)).toContain('bob@inkwell.test');
    expect(contacts.items.length).toBeLessThanOrEqual(5);
  });
});

async function sessionHeaders(): Promise<Record<string, string>> {
  return { Authorization: `Basic ${btoa('alice@inkwell.test:wonderland')}`, 'X-Axigen-Session': alice.sessionId! };
}
