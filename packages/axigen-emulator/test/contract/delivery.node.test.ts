// Contract: what leaves the emulator, parsed back with postal-mime (independent of the composer that built it),
// and the three done-when scenarios.
import { isAxigenError, type AxigenClient } from '../support/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/node/server';
import { advanceClock, header, loggedIn, outbox, parseMime, PNG_1X1, rawOutboxMessage, startServer } from './harness';

let server: EmulatorServer;
let alice: AxigenClient;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.emulator.controls.reset();
  alice = await loggedIn(server);
});

const bob = { name: 'Bob Builder', address: 'bob@inkwell.test' };
const UNDO_WINDOW_MS = 10_000;

async function deliveredRaw(): Promise<string[]> {
  const items = await outbox(server);
  return Promise.all(items.map((item) => rawOutboxMessage(server, item.id)));
}

describe('done when (a): a pasted inline image arrives as multipart/related with a matching cid', () => {
  it('sends HTML with cid: through the client and delivers the image as the related part', async () => {
    const { items } = await alice.uploadTemporaryAttachments([
      new File([PNG_1X1], 'pasted.png', { type: 'image/png' }),
    ]);
    const contentId = 'pasted-1@inkwell.test';
    const sent = await alice.send({
      to: [bob],
      subject: 'Look at this',
      bodyHtml: `<p>Here:</p><p><img src="cid:${contentId}" alt="pasted"></p>`,
      temporaryAttachments: [{ id: items[0]!.id, contentId, isInline: true }],
    });
    expect(sent.undoable).toBe(true);
    await advanceClock(server, UNDO_WINDOW_MS + 1);

    const [raw] = await deliveredRaw();
    const email = await parseMime(raw!);
    expect(email.html).toContain(`src="cid:${contentId}"`);
    const image = email.attachments.find((a) => a.mimeType === 'image/png')!;
    expect(image.contentId).toBe(`<${contentId}>`);
    expect(image.related).toBe(true); // postal-mime sets it only for a Content-ID part inside multipart/related
    expect(new Uint8Array(image.content as ArrayBuffer)).toEqual(PNG_1X1);
    // The related part is what the message (or its alternative's HTML branch) is built around.
    expect(raw).toMatch(/Content-Type: multipart\/related/i);

    // Bob's Inbox copy sees it as an inline attachment.
    const bobClient = await loggedIn(server, { kind: 'basic', username: 'bob@inkwell.test', password: 'builder' });
    const inbox = await fetch(
      `${server.url}/api/v1/mails?folderId=${(await bobClient.listFolders()).items.find((f) => f.role === 'inbox')!.id}`,
      {
        headers: {
          Authorization: `Basic ${btoa('bob@inkwell.test:builder')}`,
          'X-Axigen-Session': bobClient.sessionId!,
        },
      },
    );
    const { items: mails } = (await inbox.json()) as { items: { id: string; subject: string }[] };
    const received = await bobClient.getMail(mails.find((m) => m.subject === 'Look at this')!.id);
    expect(received.attachments).toEqual([
      expect.objectContaining({ contentId, isInline: true, contentType: 'image/png' }),
    ]);
  });
});

describe('done when (b): undo within the window restores the draft', () => {
  it('pulls the message from the queue and gives back an editable draft with everything in it', async () => {
    const { items } = await alice.uploadTemporaryAttachments([
      new File(['agenda'], 'agenda.txt', { type: 'text/plain' }),
    ]);
    const sent = await alice.send({
      to: [bob],
      cc: [{ address: 'carol@example.net' }],
      subject: 'Undo me',
      bodyHtml: '<p>draft text</p>',
      temporaryAttachments: [{ id: items[0]!.id }],
    });
    if (!sent.undoable) throw new Error('X5 send must be undoable');
    await advanceClock(server, UNDO_WINDOW_MS - 1_000);
    const { mailId } = await alice.undoSend({ processingId: sent.processingId, mailId: sent.mailId });
    const draft = await alice.getMail(mailId!);
    expect(draft).toMatchObject({
      isDraft: true,
      subject: 'Undo me',
      cc: expect.stringContaining('carol@example.net'),
    });
    expect(draft.attachments).toEqual([expect.objectContaining({ name: 'agenda.txt' })]);
    expect((await alice.getBody(mailId!, 'html')).content).toContain('draft text');
    await advanceClock(server, 60_000);
    expect(await outbox(server)).toEqual([]);
  });
});

describe('done when (c): after the window, undo fails clearly and the message is delivered exactly once', () => {
  it('delivers once and refuses the late undo', async () => {
    const sent = await alice.send({ to: [bob], subject: 'Too late', bodyText: 'gone' });
    if (!sent.undoable) throw new Error('X5 send must be undoable');
    await advanceClock(server, UNDO_WINDOW_MS + 1);
    const error = await alice
      .undoSend({ processingId: sent.processingId, mailId: sent.mailId })
      .catch((e: unknown) => e);
    expect(isAxigenError(error) && { kind: error.kind, code: error.code, status: error.status }).toEqual({
      kind: 'http',
      code: 'UNDO_WINDOW_EXPIRED',
      status: expect.any(Number),
    });
    expect(isAxigenError(error) && error.serverMessage).toEqual(expect.stringMatching(/.{10,}/));
    await advanceClock(server, 60_000);
    await server.emulator.tick();
    const delivered = await outbox(server);
    expect(delivered.map((m) => m.subject)).toEqual(['Too late']);
    // The Sent copy stays in Sent.
    expect((await alice.getMail(sent.mailId!)).isDraft).toBe(false);
  });
});

describe('delivered MIME', () => {
  it('has no Bcc header, while the Bcc recipient is in the envelope and gets the mail', async () => {
    await alice.send({
      to: [bob],
      bcc: [{ address: 'hidden@example.net' }, { name: 'Bob Again', address: 'BOB@inkwell.test' }],
      subject: 'Secret copy',
      bodyText: 'psst',
    });
    await advanceClock(server, UNDO_WINDOW_MS + 1);
    const [item] = await outbox(server);
    expect(item!.envelope.to.map((a) => a.toLowerCase())).toEqual(
      expect.arrayContaining(['bob@inkwell.test', 'hidden@example.net']),
    );
    const raw = await rawOutboxMessage(server, item!.id);
    const email = await parseMime(raw);
    expect(header(email, 'bcc')).toBeUndefined();
    expect(email.bcc).toBeUndefined();
    expect(raw).not.toMatch(/^bcc:/im);
    expect(raw).not.toContain('hidden@example.net');
  });

  it('threads a reply: In-Reply-To and References from the original', async () => {
    // Bob writes to alice; alice replies through the client.
    const bobClient = await loggedIn(server, { kind: 'basic', username: 'bob@inkwell.test', password: 'builder' });
    await bobClient.send({ to: [{ address: 'alice@inkwell.test' }], subject: 'Question', bodyText: 'ready?' });
    await advanceClock(server, UNDO_WINDOW_MS + 1);
    const [original] = await outbox(server);
    const inboxId = (await alice.listFolders()).items.find((f) => f.role === 'inbox')!.id;
    const list = await fetch(`${server.url}/api/v1/mails?folderId=${inboxId}&limit=200`, {
      headers: {
        Authorization: `Basic ${btoa('alice@inkwell.test:wonderland')}`,
        'X-Axigen-Session': alice.sessionId!,
      },
    });
    const { items } = (await list.json()) as { items: { id: string; subject: string }[] };
    const question = await alice.getMail(items.find((m) => m.subject === 'Question')!.id);
    expect(question.messageId).toBe(original!.messageId);

    await alice.send({
      to: [bob],
      subject: 'Re: Question',
      bodyText: 'yes',
      refw: { type: 're', mailId: question.id },
    });
    await advanceClock(server, UNDO_WINDOW_MS + 1);
    const reply = (await outbox(server)).find((m) => m.subject === 'Re: Question')!;
    const email = await parseMime(await rawOutboxMessage(server, reply.id));
    expect(email.inReplyTo).toBe(question.messageId);
    expect(email.references).toContain(question.messageId);
    expect(email.messageId).not.toBe(question.messageId);
    expect((await alice.getMail(question.id)).refwFlags).toBe('re');
  });

  it('writes importance and read-receipt headers, and a text alternative for HTML-only mail', async () => {
    await alice.send({
      to: [bob],
      subject: 'Urgent',
      bodyHtml: '<p>Call <b>me</b></p>',
      importance: 'high',
      requestReadReceipt: true,
    });
    await advanceClock(server, UNDO_WINDOW_MS + 1);
    const [item] = await outbox(server);
    const email = await parseMime(await rawOutboxMessage(server, item!.id));
    expect(header(email, 'importance')?.toLowerCase()).toBe('high');
    expect(header(email, 'disposition-notification-to')).toContain('alice@inkwell.test');
    expect(email.text).toContain('Call me');
    expect(email.html).toContain('<b>me</b>');
  });
});

describe('X4 server', () => {
  let x4: EmulatorServer;
  beforeAll(async () => {
    x4 = await startServer({ serverVersion: 'X4', seed: false });
  });
  afterAll(() => x4.close());

  it('answers send and send draft with an empty body: { undoable: false }', async () => {
    const client = await loggedIn(x4);
    expect(await client.getVersion()).toMatchObject({ serverVersion: expect.stringMatching(/^10\.4\./) });
    expect(await client.send({ to: [bob], subject: 'x4', bodyText: 'a' })).toEqual({ undoable: false });
    const draft = await client.createDraft({ to: [bob], subject: 'x4 draft', bodyText: 'b' });
    expect(await client.sendDraft(draft.id)).toEqual({ undoable: false });
  });
});
