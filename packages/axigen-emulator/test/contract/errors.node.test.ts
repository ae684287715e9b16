// Contract: the documented errors (reference §5) reach the client as AxigenError with status and code.
import { isAxigenError, type AxigenClient, type AxigenError } from '../support/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/node/server';
import { BOB_LOGIN, loggedIn, startServer } from './harness';

let server: EmulatorServer;
let alice: AxigenClient;
beforeAll(async () => {
  server = await startServer({ limits: { maxUploadBytes: 64 * 1024, maxBodyBytes: 256 * 1024 } });
});
afterAll(() => server.close());
beforeEach(async () => {
  server.emulator.controls.reset();
  alice = await loggedIn(server);
});

async function failure(promise: Promise<unknown>): Promise<AxigenError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isAxigenError(error)) throw new Error(`expected an AxigenError, got ${String(error)}`);
  return error;
}

const nowSeconds = () => Math.floor(server.emulator.controls.clock().now / 1000);
const bob = { address: 'bob@inkwell.test' };

/** Raw JSON request with alice's session, for inputs the client itself refuses to build. */
async function rawJson(
  method: string,
  path: string,
  body: string,
): Promise<{ status: number; body: { code: string; message: string } }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${btoa('alice@inkwell.test:wonderland')}`,
      'X-Axigen-Session': alice.sessionId!,
      'Content-Type': 'application/json',
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as { code: string; message: string } };
}

describe('400 Bad Request', () => {
  it('a deliveryTime in the past or more than a year ahead', async () => {
    const past = await failure(alice.scheduleSend({ to: [bob], subject: 's', deliveryTime: nowSeconds() - 60 }));
    expect({ status: past.status, code: past.code, kind: past.kind }).toEqual({
      status: 400,
      code: 'INVALID_DELIVERY_TIME',
      kind: 'http',
    });
    expect(past.serverMessage).toEqual(expect.any(String));
    const far = await failure(
      alice.scheduleSend({ to: [bob], subject: 's', deliveryTime: nowSeconds() + 367 * 86400 }),
    );
    expect({ status: far.status, code: far.code }).toEqual({ status: 400, code: 'INVALID_DELIVERY_TIME' });
  });

  it('temporaryAttachments naming an id that is not in the queue', async () => {
    const error = await failure(alice.createDraft({ subject: 's', temporaryAttachments: [{ id: 987654 }] }));
    expect(error.status).toBe(400);
    expect(error.code).toEqual(expect.any(String));
  });

  it('an unknown processingId for undo', async () => {
    const error = await failure(alice.undoSend({ processingId: 424242 }));
    expect([400, 404]).toContain(error.status);
    expect(error.code).toBe('PROCESSING_ID_NOT_FOUND');
  });

  it.each([
    ['malformed JSON', '{"subject":', 'INVALID_JSON'],
    ['an unknown field', '{"subject":"s","colour":"red"}', 'UNKNOWN_FIELD'],
    ['a wrong JSON type', '{"subject":42}', 'INVALID_FIELD'],
    ['refwType without refwMailId', '{"refwType":"re"}', 'INVALID_REFW'],
    ['refwMailId without refwType', '{"refwMailId":"abc"}', 'INVALID_REFW'],
    ['refwType "refw"', '{"refwType":"refw","refwMailId":"abc"}', 'INVALID_REFW'],
    ['importance outside the enum', '{"importance":"urgent"}', 'INVALID_FIELD'],
  ])('%s', async (_name, body, code) => {
    const response = await rawJson('POST', '/api/v1/mails', body);
    expect(response).toEqual({ status: 400, body: { code, message: expect.any(String) } });
  });

  it('a deliveryTime that is not an integer', async () => {
    const response = await rawJson(
      'POST',
      '/api/v1/mails/send/schedule',
      `{"to":"bob@inkwell.test","deliveryTime":${nowSeconds() + 60}.5}`,
    );
    expect(response).toEqual({ status: 400, body: { code: 'INVALID_DELIVERY_TIME', message: expect.any(String) } });
  });

  it('invalid UTF-8 in the body', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"subject":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}'),
    ]);
    const response = await fetch(`${server.url}/api/v1/mails`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa('alice@inkwell.test:wonderland')}`,
        'X-Axigen-Session': alice.sessionId!,
        'Content-Type': 'application/json',
      },
      body: bytes,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'INVALID_UTF8', message: expect.any(String) });
  });
});

describe('404 Not Found, and never across accounts', () => {
  it('an id that does not exist', async () => {
    const error = await failure(alice.getMail('bm9wZQ'));
    expect({ status: error.status, code: error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it("bob's draft, queue item and queued send are invisible to alice", async () => {
    const bobClient = await loggedIn(server, BOB_LOGIN);
    const draft = await bobClient.createDraft({
      to: [{ address: 'alice@inkwell.test' }],
      subject: 'bob private',
      bodyText: 'x',
    });
    const { items } = await bobClient.uploadTemporaryAttachments([
      new File(['secret'], 'secret.txt', { type: 'text/plain' }),
    ]);
    const sent = await bobClient.send({ to: [{ address: 'carol@example.net' }], subject: 'bob sent', bodyText: 'y' });
    if (!sent.undoable) throw new Error('X5 send must be undoable');
    const scheduled = await bobClient.scheduleSend({
      to: [{ address: 'carol@example.net' }],
      subject: 'bob later',
      deliveryTime: nowSeconds() + 600,
    });

    const attempts = {
      getMail: failure(alice.getMail(draft.id)),
      getBody: failure(alice.getBody(draft.id, 'html')),
      listAttachments: failure(alice.listAttachments(draft.id)),
      replaceDraft: failure(alice.replaceDraft(draft.id, { subject: 'hijacked' })),
      sendDraft: failure(alice.sendDraft(draft.id)),
      scheduleSendDraft: failure(alice.scheduleSendDraft(draft.id, nowSeconds() + 600)),
      storeInQueue: failure(alice.storeInQueue(draft.id)),
      getTemporaryAttachment: failure(alice.getTemporaryAttachment(items[0]!.id)),
      deleteTemporaryAttachment: failure(alice.deleteTemporaryAttachment(items[0]!.id)),
      cancelScheduledSend: failure(alice.cancelScheduledSend(scheduled.mailId)),
      useBobsAttachment: failure(alice.createDraft({ subject: 'x', temporaryAttachments: [{ id: items[0]!.id }] })),
      replyToBobsDraft: failure(alice.createDraft({ subject: 'x', refw: { type: 're', mailId: draft.id } })),
    };
    const statuses = Object.fromEntries(
      await Promise.all(
        Object.entries(attempts).map(async ([name, attempt]) => [name, (await attempt).status] as const),
      ),
    );
    expect(statuses).toEqual({
      getMail: 404,
      getBody: 404,
      listAttachments: 404,
      replaceDraft: 404,
      sendDraft: 404,
      scheduleSendDraft: 404,
      storeInQueue: 404,
      getTemporaryAttachment: 404,
      deleteTemporaryAttachment: 404,
      cancelScheduledSend: 404,
      // Another account's queue item is, for alice, an id not in her queue: a bad parameter (400), as for any unknown id.
      useBobsAttachment: 400,
      replyToBobsDraft: 404,
    });
    const undo = await failure(alice.undoSend({ processingId: sent.processingId }));
    expect(undo.code).toBe('PROCESSING_ID_NOT_FOUND');

    // And bob's things are untouched.
    expect(await bobClient.getMail(draft.id)).toMatchObject({ subject: 'bob private' });
    expect(await (await bobClient.getTemporaryAttachment(items[0]!.id)).text()).toBe('secret');
    expect(await bobClient.undoSend({ processingId: sent.processingId, mailId: sent.mailId })).toEqual({
      mailId: expect.any(String),
    });
  });
});

describe('413 Payload Too Large', () => {
  it('an upload over the limit', async () => {
    const big = new File([new Uint8Array(65 * 1024)], 'big.bin', { type: 'application/octet-stream' });
    const error = await failure(alice.uploadTemporaryAttachments([big]));
    expect({ status: error.status, code: error.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(error.serverMessage).toEqual(expect.any(String));
  });

  it('a JSON body over the limit', async () => {
    const error = await failure(alice.createDraft({ subject: 'huge', bodyText: 'x'.repeat(300 * 1024) }));
    expect({ status: error.status, code: error.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('injected faults', () => {
  it('a 503 on send reaches the client as a non-retryable http error, once', async () => {
    await fetch(`${server.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'POST', path: '/api/v1/mails/send', status: 503, times: 1 }),
    });
    const error = await failure(alice.send({ to: [bob], subject: 'x', bodyText: 'y' }));
    expect({ kind: error.kind, status: error.status, retryable: error.retryable }).toEqual({
      kind: 'http',
      status: 503,
      retryable: false,
    });
    expect((await alice.send({ to: [bob], subject: 'x', bodyText: 'y' })).undoable).toBe(true);
  });

  it('a dropped connection on send is a network error whose outcome is unknown', async () => {
    await fetch(`${server.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: '/api/v1/mails/send', drop: true, times: 1 }),
    });
    const error = await failure(alice.send({ to: [bob], subject: 'x', bodyText: 'y' }));
    expect({ kind: error.kind, outcomeUnknown: error.outcomeUnknown, retryable: error.retryable }).toEqual({
      kind: 'network',
      outcomeUnknown: true,
      retryable: false,
    });
  });

  it('a dropped connection on a read is retryable', async () => {
    await fetch(`${server.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'GET', path: '/api/v1/folders*', drop: true, times: 1 }),
    });
    const error = await failure(alice.listFolders());
    expect({ kind: error.kind, retryable: error.retryable }).toEqual({ kind: 'network', retryable: true });
    expect((await alice.listFolders()).items.length).toBeGreaterThan(0);
  });
});
