// The Node ↔ web Request/Response bridge, against a fake core so each behaviour is pinned on its own.
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeRequestHandler, type NodeRequestHandlerOptions } from '../../src/node/request-handler';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
  server = undefined;
});

async function serve(
  handle: (request: Request) => Promise<Response>,
  options: NodeRequestHandlerOptions = {},
): Promise<string> {
  const handler = createNodeRequestHandler({ handle }, { log: () => undefined, ...options });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('createNodeRequestHandler', () => {
  it('passes method, full URL with query, and every header to the core', async () => {
    let seen: Request | undefined;
    const url = await serve(async (request) => {
      seen = request;
      return new Response(null, { status: 204 });
    });
    const response = await fetch(`${url}/api/v1/mails?folderId=80_114&_h=abc`, {
      method: 'DELETE',
      headers: { 'X-Axigen-Session': 's1', Authorization: 'Basic YTpi' },
    });
    expect(response.status).toBe(204);
    expect(seen!.method).toBe('DELETE');
    expect(seen!.url).toBe(`${url}/api/v1/mails?folderId=80_114&_h=abc`);
    expect(seen!.headers.get('x-axigen-session')).toBe('s1');
    expect(seen!.headers.get('authorization')).toBe('Basic YTpi');
  });

  it('streams a large request body to the core byte for byte', async () => {
    const body = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) % 251);
    const url = await serve(async (request) => {
      const bytes = new Uint8Array(await request.arrayBuffer());
      return Response.json({ size: bytes.length, sha: createHash('sha256').update(bytes).digest('hex') });
    });
    const response = await fetch(`${url}/api/v1/temporaryAttachments`, { method: 'POST', body });
    expect(await response.json()).toEqual({
      size: body.length,
      sha: createHash('sha256').update(body).digest('hex'),
    });
  });

  it('keeps each Set-Cookie header separate, including ones with commas in Expires', async () => {
    const url = await serve(async () => {
      const headers = new Headers({ 'Content-Type': 'application/json' });
      headers.append('Set-Cookie', 'axsid=one; Path=/; HttpOnly; Expires=Wed, 21 Oct 2026 07:28:00 GMT');
      headers.append('Set-Cookie', 'remember=1; Path=/; SameSite=Lax');
      return new Response('{"sessid":"one"}', { headers });
    });
    const response = await fetch(`${url}/api/v1/login/cookie`, { method: 'POST', body: '{}' });
    expect(response.headers.getSetCookie()).toEqual([
      'axsid=one; Path=/; HttpOnly; Expires=Wed, 21 Oct 2026 07:28:00 GMT',
      'remember=1; Path=/; SameSite=Lax',
    ]);
    expect(await response.json()).toEqual({ sessid: 'one' });
  });

  it('turns Response.error() into a dropped connection, not an HTTP status', async () => {
    const url = await serve(async () => Response.error());
    await expect(fetch(`${url}/api/v1/mails/send`, { method: 'POST', body: '{}' })).rejects.toThrow(TypeError);
  });

  it('closes the connection after answering without reading the body, so the next request is not corrupted', async () => {
    let calls = 0;
    const url = await serve(async (request) => {
      calls++;
      if (request.method === 'POST') {
        await request.body?.cancel(); // like a 413: stop reading at the limit
        return Response.json({ code: 'PAYLOAD_TOO_LARGE', message: 'too big' }, { status: 413 });
      }
      return Response.json({ ok: true });
    });
    const big = await fetch(`${url}/api/v1/temporaryAttachments`, {
      method: 'POST',
      body: new Uint8Array(4 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('connection')).toBe('close');
    await big.json();
    const next = await fetch(`${url}/api/`);
    expect(await next.json()).toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it('keeps the connection alive after a fully read body', async () => {
    const url = await serve(async (request) => Response.json({ size: (await request.arrayBuffer()).byteLength }));
    const response = await fetch(`${url}/api/v1/mails`, { method: 'POST', body: '{"subject":"s"}' });
    expect(await response.json()).toEqual({ size: 15 });
    expect(response.headers.get('connection')).not.toBe('close');
  });

  it('answers 500 with the emulator error shape when the core throws', async () => {
    const url = await serve(async () => {
      throw new Error('boom');
    });
    const response = await fetch(`${url}/api/`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: 'INTERNAL_ERROR',
      message: 'The emulator failed to handle this request; see its log.',
    });
  });

  it('writes no byte of the response before beforeRespond (the persistence flush) has finished', async () => {
    const events: string[] = [];
    const url = await serve(
      async () => {
        events.push('handled');
        // highWaterMark 0: the stream is pulled only when the adapter starts writing the body.
        const body = new ReadableStream<Uint8Array>(
          {
            pull(controller) {
              events.push('body read');
              controller.enqueue(new TextEncoder().encode('{"ok":true}'));
              controller.close();
            },
          },
          { highWaterMark: 0 },
        );
        return new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
      {
        beforeRespond: async () => {
          events.push('flush started');
          await new Promise((resolve) => setImmediate(resolve));
          events.push('flush done');
        },
      },
    );
    const response = await fetch(`${url}/api/v1/mails`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(events).toEqual(['handled', 'flush started', 'flush done', 'body read']);
  });

  it('reports a failed flush as a 500 instead of claiming the change is saved', async () => {
    const url = await serve(async () => Response.json({ id: 'm1' }), {
      beforeRespond: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    const response = await fetch(`${url}/api/v1/mails`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: 'INTERNAL_ERROR',
      message: 'The change was applied in memory but could not be saved to disk: ENOSPC: no space left on device',
    });
  });

  it('sends headers but no body for HEAD', async () => {
    const url = await serve(async () => new Response('hello', { headers: { 'Content-Type': 'text/plain' } }));
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${url}/api/`, { method: 'HEAD' }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
    expect(body).toBe('');
  });

  it('aborts the core request signal when the client disconnects mid-request', async () => {
    let signal: AbortSignal | undefined;
    let release!: () => void;
    const reached = new Promise<void>((resolve) => {
      release = resolve;
    });
    const url = await serve(async (request) => {
      signal = request.signal;
      release();
      await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
      return new Response(null, { status: 204 });
    });
    const controller = new AbortController();
    const pending = fetch(`${url}/api/v1/mails`, { signal: controller.signal }).catch((error: unknown) => error);
    await reached;
    controller.abort();
    await pending;
    await new Promise<void>((resolve) => {
      if (signal!.aborted) return resolve();
      signal!.addEventListener('abort', () => resolve());
    });
    expect(signal!.aborted).toBe(true);
  });
});
