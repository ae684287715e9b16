// Bridges Node's http (IncomingMessage/ServerResponse) and the web Request/Response the core speaks.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';

/** Builds a web `Request` from a Node request; the body is streamed, never buffered here. */
export function toWebRequest(req: IncomingMessage, signal?: AbortSignal): Request {
  const headers = new Headers();
  // rawHeaders keeps repeated headers (e.g. two Cookie lines) that `req.headers` would merge or drop.
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers are not headers
    headers.append(name, req.rawHeaders[i + 1]!);
  }
  const host = headers.get('host') ?? `${req.socket.localAddress ?? '127.0.0.1'}:${req.socket.localPort ?? 80}`;
  const url = new URL(req.url ?? '/', `http://${host}`);
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: signal ?? null };
  if (hasBody) {
    init.body = Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>;
    init.duplex = 'half'; // required by undici for a streamed request body
  }
  return new Request(url, init);
}

/**
 * Writes a web `Response` to a Node response. `Response.error()` (the core's "drop the connection" fault) destroys
 * the socket, so the client sees a network error rather than any HTTP status.
 */
export async function sendWebResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  if (!req.complete) {
    // The core answered without reading the whole body (a 413, an injected fault). The rest of that body is still
    // on the wire, so this connection cannot carry another request: tell the client, and close it after the answer.
    res.shouldKeepAlive = false;
    res.setHeader('connection', 'close');
  }
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  // Headers#forEach joins Set-Cookie values with ", ", which breaks cookies with an Expires date: send each one.
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(response.body as unknown as NodeWebReadableStream<Uint8Array>), res);
}
