import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AxigenClient } from './client-types';
import { jsonResponse, type RecordedRequest } from './testing/fake-fetch';
import { loggedInClient } from './testing/logged-in-client';
import { DEFAULT_TIMEOUT_MS, DEFAULT_UPLOAD_BYTES_PER_SECOND, DEFAULT_UPLOAD_TIMEOUT_MS } from './operation-policy';

// A server that never answers: the request hangs until its signal aborts.
const hang = (request: RecordedRequest) =>
  new Promise<Response>((_resolve, reject) => {
    request.signal?.addEventListener('abort', () => reject(request.signal?.reason));
  });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Advances the fake clock by `ms` and reports whether `promise` settled by then. */
async function settledAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('every call has a timeout', () => {
  it('a JSON call that never answers fails with kind "timeout" at the default, not before', async () => {
    const { client } = await loggedInClient('cookie', hang);
    const pending = client.getMail('M').catch((e: unknown) => e);
    expect(await settledAfter(pending, DEFAULT_TIMEOUT_MS - 1)).toBe(false);
    expect(await settledAfter(pending, 1)).toBe(true);
    expect(await pending).toMatchObject({
      kind: 'timeout',
      operation: 'getMail',
      retryable: true,
      outcomeUnknown: false,
      outcome: 'retryable',
      timeoutMs: DEFAULT_TIMEOUT_MS,
    });
  });

  it.each<[string, (client: AxigenClient, opts: { timeoutMs: number }) => Promise<unknown>]>([
    ['createDraft', (c, o) => c.createDraft({ subject: 's' }, o)],
    ['send', (c, o) => c.send({ to: [{ address: 'a@b.c' }] }, o)],
    ['sendDraft', (c, o) => c.sendDraft('D', o)],
    ['scheduleSend', (c, o) => c.scheduleSend({ deliveryTime: 1680171858 }, o)],
    ['scheduleSendDraft', (c, o) => c.scheduleSendDraft('D', 1680171858, o)],
    ['undoSend', (c, o) => c.undoSend({ processingId: 1 }, o)],
    ['uploadTemporaryAttachments', (c, o) => c.uploadTemporaryAttachments([new Blob(['x'])], o)],
  ])('%s timing out: outcome unknown, never a plain failure', async (operation, call) => {
    const { client } = await loggedInClient('basic', hang);
    const pending = call(client, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(await settledAfter(pending, 50)).toBe(true);
    expect(await pending).toMatchObject({
      kind: 'timeout',
      operation,
      retryable: false,
      outcomeUnknown: true,
      outcome: 'unknown',
    });
  });

  it('the caller aborting is "aborted", told apart from a timeout', async () => {
    const { client } = await loggedInClient('cookie', hang);
    const controller = new AbortController();
    const pending = client.send({ to: [{ address: 'a@b.c' }] }, { signal: controller.signal, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted', outcomeUnknown: true });
  });

  it('per-operation and default timeouts from the client options; the call value wins', async () => {
    const { client } = await loggedInClient('cookie', hang, {
      timeouts: { default: 300, operations: { sendDraft: 100 } },
    });
    const draft = client.sendDraft('D').catch((e: unknown) => e);
    const mail = client.getMail('M').catch((e: unknown) => e);
    const own = client.getMail('N', { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(await settledAfter(own, 20)).toBe(true);
    expect(await settledAfter(draft, 80)).toBe(true);
    expect(await settledAfter(mail, 199)).toBe(false);
    expect(await settledAfter(mail, 1)).toBe(true);
    expect(await draft).toMatchObject({ kind: 'timeout', timeoutMs: 100 });
    expect(await mail).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    expect(await own).toMatchObject({ kind: 'timeout', timeoutMs: 20 });
  });

  it('uploads get more time, scaled with their size', async () => {
    const { client } = await loggedInClient('basic', hang);
    const bytes = 2 * DEFAULT_UPLOAD_BYTES_PER_SECOND; // two more seconds
    const pending = client.uploadTemporaryAttachments([new Blob([new Uint8Array(bytes)])]).catch((e: unknown) => e);
    expect(await settledAfter(pending, DEFAULT_UPLOAD_TIMEOUT_MS + 1999)).toBe(false);
    expect(await settledAfter(pending, 1)).toBe(true);
    expect(await pending).toMatchObject({ kind: 'timeout', timeoutMs: DEFAULT_UPLOAD_TIMEOUT_MS + 2000 });
  });

  it('timeoutMs 0 means no limit', async () => {
    const { client } = await loggedInClient('cookie', hang, { timeouts: { default: 0 } });
    const pending = client.getMail('M').catch((e: unknown) => e);
    expect(await settledAfter(pending, 10 * DEFAULT_TIMEOUT_MS)).toBe(false);
  });

  it('a body that stalls after the headers times out too', async () => {
    const { client } = await loggedInClient('cookie', (request) => {
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new TextEncoder().encode('{"id":'));
          request.signal?.addEventListener('abort', () => stream.error(request.signal?.reason));
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    });
    const pending = client.createDraft({ subject: 's' }, { timeoutMs: 30 }).catch((e: unknown) => e);
    expect(await settledAfter(pending, 30)).toBe(true);
    expect(await pending).toMatchObject({ kind: 'timeout', operation: 'createDraft', outcomeUnknown: true });
  });

  it('a call that answers in time leaves no timer behind', async () => {
    const { client } = await loggedInClient('cookie', () => jsonResponse({ id: 'M' }));
    await client.getMail('M');
    expect(vi.getTimerCount()).toBe(0);
  });
});
