import { describe, expect, it } from 'vitest';
import { AxigenError, isAxigenError } from './axigen-error';
import type { AxigenClient } from './client-types';
import { createAxigenClient } from './create-axigen-client';
import { fakeFetch, jsonResponse } from './testing/fake-fetch';
import { BASE_URL, loggedInClient } from './testing/logged-in-client';

const bodyShapes: [string, () => Response, { code?: string; serverMessage?: string }][] = [
  [
    '{code,message}',
    () => jsonResponse({ code: 'INVALID_PARAMETER', message: 'Bad to' }, 400),
    { code: 'INVALID_PARAMETER', serverMessage: 'Bad to' },
  ],
  [
    '{error:{code,message}}',
    () => jsonResponse({ error: { code: 'E42', message: 'Nested' } }, 400),
    { code: 'E42', serverMessage: 'Nested' },
  ],
  [
    '{errorCode,errorMessage}',
    () => jsonResponse({ errorCode: 1007, errorMessage: 'Numeric code' }, 400),
    { code: '1007', serverMessage: 'Numeric code' },
  ],
  ['{error:"…"}', () => jsonResponse({ error: 'Just a string' }, 400), { serverMessage: 'Just a string' }],
  ['{message}', () => jsonResponse({ message: 'Only message' }, 400), { serverMessage: 'Only message' }],
  ['plain text', () => new Response('Bad Parameter', { status: 400 }), { serverMessage: 'Bad Parameter' }],
  ['no body', () => new Response(null, { status: 400 }), {}],
  ['an HTML error page', () => new Response('<!DOCTYPE html><html>…</html>', { status: 400 }), {}],
];

describe.each([400, 404, 500])('HTTP %s', (status) => {
  it.each(bodyShapes)('with %s', async (_label, respond, expected) => {
    const original = respond();
    const { client } = await loggedInClient(
      'cookie',
      () => new Response(original.body, { status, headers: original.headers }),
    );
    const error = await client.getMail('M').catch((e: unknown) => e);
    expect(isAxigenError(error)).toBe(true);
    const axigenError = error as AxigenError;
    expect(axigenError.kind).toBe('http');
    expect(axigenError.status).toBe(status);
    expect(axigenError.operation).toBe('getMail');
    expect(axigenError.code).toBe(expected.code);
    expect(axigenError.serverMessage).toBe(expected.serverMessage);
    expect(axigenError.retryable).toBe(status === 500);
    expect(axigenError.outcomeUnknown).toBe(false);
    expect(axigenError.message).toBe(
      `getMail failed: HTTP ${status}${expected.code ? ` ${expected.code}` : ''}${expected.serverMessage ? `: ${expected.serverMessage}` : ''}`,
    );
  });
});

describe('retryable and outcomeUnknown', () => {
  const call: Record<string, (client: AxigenClient) => Promise<unknown>> = {
    getMail: (client) => client.getMail('M'),
    replaceDraft: (client) => client.replaceDraft('D', { subject: 's' }),
    deleteTemporaryAttachment: (client) => client.deleteTemporaryAttachment(1),
    deleteMail: (client) => client.deleteMail('M'),
    cancelScheduledSend: (client) => client.cancelScheduledSend('S'),
    autocompleteContacts: (client) => client.autocompleteContacts('a'),
    send: (client) => client.send({ to: [{ address: 'a@b.c' }] }),
    sendDraft: (client) => client.sendDraft('D'),
    createDraft: (client) => client.createDraft({ subject: 's' }),
    scheduleSend: (client) => client.scheduleSend({ deliveryTime: 1680171858 }),
    scheduleSendDraft: (client) => client.scheduleSendDraft('D', 1680171858),
    undoSend: (client) => client.undoSend({ processingId: 1 }),
    uploadTemporaryAttachments: (client) => client.uploadTemporaryAttachments([new Blob(['x'])]),
    storeInQueue: (client) => client.storeInQueue('M'),
  };
  const idempotent = [
    'getMail',
    'replaceDraft',
    'deleteTemporaryAttachment',
    'deleteMail',
    'cancelScheduledSend',
    'autocompleteContacts',
  ];

  it.each(Object.keys(call))('%s: a network error', async (operation) => {
    const { client } = await loggedInClient('basic', () => Promise.reject(new TypeError('fetch failed')));
    const error = await call[operation]!(client).catch((e: unknown) => e);
    const safe = idempotent.includes(operation);
    expect(error).toMatchObject({ kind: 'network', operation, retryable: safe, outcomeUnknown: !safe });
    expect((error as AxigenError).status).toBeUndefined();
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it.each([
    ['getMail', 408, true, false],
    ['getMail', 429, true, false],
    ['getMail', 503, true, false],
    ['getMail', 403, false, false],
    ['replaceDraft', 502, true, false],
    // Any 5xx on a call that is not idempotent: the server may have done the work before failing to answer.
    ['send', 500, false, true],
    ['send', 503, false, true],
    ['send', 501, false, false],
    ['send', 429, false, false],
    ['send', 502, false, true],
    ['sendDraft', 504, false, true],
    ['createDraft', 500, false, true],
    ['undoSend', 500, false, true],
    ['uploadTemporaryAttachments', 500, false, true],
    ['undoSend', 400, false, false],
  ])('%s: HTTP %s → retryable %s, outcomeUnknown %s', async (operation, status, retryable, outcomeUnknown) => {
    const { client } = await loggedInClient('cookie', () => jsonResponse({ message: 'x' }, status));
    await expect(call[operation]!(client)).rejects.toMatchObject({ kind: 'http', status, retryable, outcomeUnknown });
  });
});

describe('abort', () => {
  it('before the call: rejects as aborted and sends nothing', async () => {
    const { client, requests } = await loggedInClient('cookie', () => jsonResponse({}));
    const controller = new AbortController();
    controller.abort();
    await expect(client.send({ to: [{ address: 'a@b.c' }] }, { signal: controller.signal })).rejects.toMatchObject({
      kind: 'aborted',
      operation: 'send',
      retryable: false,
      outcomeUnknown: false,
    });
    expect(requests).toHaveLength(0);
  });

  // A fetch that hangs until its signal aborts, like a slow server.
  const hangingFetch = () =>
    loggedInClient(
      'cookie',
      (request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );

  it('during a read: aborted, outcome known (nothing changed)', async () => {
    const { client, requests } = await hangingFetch();
    const controller = new AbortController();
    const pending = client.getMail('M', { signal: controller.signal });
    await expect.poll(() => requests.length).toBe(1);
    // The caller's signal reaches the request composed with the call's timeout.
    expect(requests[0]?.signal?.aborted).toBe(false);
    controller.abort();
    expect(requests[0]?.signal?.aborted).toBe(true);
    await expect(pending).rejects.toMatchObject({ kind: 'aborted', operation: 'getMail', outcomeUnknown: false });
  });

  it('during a send: aborted, and the outcome is unknown (the server may have sent it)', async () => {
    const { client, requests } = await hangingFetch();
    const controller = new AbortController();
    const pending = client.send({ to: [{ address: 'a@b.c' }] }, { signal: controller.signal });
    await expect.poll(() => requests.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({
      kind: 'aborted',
      operation: 'send',
      retryable: false,
      outcomeUnknown: true,
    });
  });

  it('while the body streams: aborted', async () => {
    const controller = new AbortController();
    const { client } = await loggedInClient('cookie', () => {
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        // The user aborts while the client is reading for the second chunk.
        pull(stream) {
          if (++pulls === 1) return stream.enqueue(new TextEncoder().encode('{"id":'));
          controller.abort();
          stream.error(new DOMException('aborted', 'AbortError'));
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    });
    await expect(client.getMail('M', { signal: controller.signal })).rejects.toMatchObject({
      kind: 'aborted',
      operation: 'getMail',
    });
  });

  it('a connection that drops mid-body is a network error', async () => {
    const { client } = await loggedInClient('cookie', () => {
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new TextEncoder().encode('{"id":'));
          stream.error(new TypeError('terminated'));
        },
      });
      return new Response(body);
    });
    await expect(client.getMail('M')).rejects.toMatchObject({ kind: 'network', operation: 'getMail', retryable: true });
  });
});

describe('invalid responses', () => {
  it.each([
    ['a body that is not JSON', () => new Response('<html>proxy</html>', { status: 200 })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['a JSON array', () => jsonResponse([1, 2])],
    ['a Mail without id', () => jsonResponse({ subject: 'x' })],
  ])('getMail with %s → invalid-response', async (_label, respond) => {
    const { client } = await loggedInClient('cookie', respond);
    await expect(client.getMail('M')).rejects.toMatchObject({
      kind: 'invalid-response',
      operation: 'getMail',
      outcomeUnknown: false,
    });
  });

  it('send answered 200 with garbage: invalid-response, outcome unknown (the server said yes)', async () => {
    const { client } = await loggedInClient('cookie', () => new Response('OK!', { status: 200 }));
    await expect(client.send({ to: [{ address: 'a@b.c' }] })).rejects.toMatchObject({
      kind: 'invalid-response',
      operation: 'send',
      outcomeUnknown: true,
    });
  });

  it.each([
    ['processingId not a number', { processingId: 'abc' }],
    ['processingId negative', { processingId: -1 }],
  ])('send with %s → invalid-response', async (_label, body) => {
    const { client } = await loggedInClient('cookie', () => jsonResponse(body));
    await expect(client.send({ to: [{ address: 'a@b.c' }] })).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('getBody with data that is not base64 → invalid-response', async () => {
    const { client } = await loggedInClient('cookie', () =>
      jsonResponse({
        id: 'M',
        contentType: 'text/html',
        estimatedSize: 1,
        hasExternalImages: false,
        isTruncated: false,
        data: '@@@!',
      }),
    );
    await expect(client.getBody('M', 'html')).rejects.toMatchObject({ kind: 'invalid-response', operation: 'getBody' });
  });

  it.each([
    ['scheduleSend', { mailId: '' }],
    ['scheduleSend', {}],
  ])('%s answer %j without a mailId → invalid-response', async (_op, body) => {
    const { client } = await loggedInClient('cookie', () => jsonResponse(body));
    await expect(client.scheduleSend({ deliveryTime: 1680171858 })).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('an upload answer whose items lack numeric ids → invalid-response', async () => {
    const { client } = await loggedInClient('basic', () => jsonResponse({ items: [{ name: 'a' }] }));
    await expect(client.uploadTemporaryAttachments([new Blob(['x'])])).rejects.toMatchObject({
      kind: 'invalid-response',
      outcomeUnknown: true,
    });
  });
});

describe('createAxigenClient options', () => {
  it.each(['mail.example.com', 'ftp://x', 42])('rejects baseUrl %j', (baseUrl) => {
    expect(() => createAxigenClient({ baseUrl: baseUrl as string })).toThrow(TypeError);
  });

  it('accepts "" for same-origin: paths stay relative', async () => {
    const seen: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      seen.push(String(input));
      return jsonResponse({ apiVersion: '1', serverVersion: '10.5' });
    }) as typeof globalThis.fetch;
    await createAxigenClient({ baseUrl: '', fetch }).getVersion();
    expect(seen).toEqual(['/api/']);
  });

  it('reads globalThis.fetch at call time when no fetch is given', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse({ apiVersion: '1', serverVersion: '10.5' }));
    const client = createAxigenClient({ baseUrl: BASE_URL });
    const original = globalThis.fetch;
    globalThis.fetch = fetch;
    try {
      await client.getVersion();
    } finally {
      globalThis.fetch = original;
    }
    expect(requests).toHaveLength(1);
  });
});

describe('isAxigenError', () => {
  it('tells AxigenError from other errors', () => {
    expect(isAxigenError(new AxigenError({ kind: 'network', operation: 'send', message: 'x' }))).toBe(true);
    expect(isAxigenError(new Error('x'))).toBe(false);
    expect(isAxigenError({ kind: 'network' })).toBe(false);
  });
});
