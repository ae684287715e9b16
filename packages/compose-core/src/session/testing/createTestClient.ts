// A real client talking to the in-process emulator through an instrumented fetch (no port, no network).
import { createAxigenClient, type AxigenClient } from '@inkwell/axigen-client';
import { composeWithNodemailer, createEmulator, type Emulator } from '@inkwell/axigen-emulator/node';
import { createFetchXhr } from './createFetchXhr';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Draft-writing requests in flight (including this one) when it started. */
  concurrent: number;
  status?: number;
}

export const ALICE = { name: 'Alice Liddell', address: 'alice@inkwell.test' };
export const BOB = { name: 'Bob Builder', address: 'bob@inkwell.test' };

export type LostAnswer = 'drop' | 'hang' | { status: number };

export interface TestClient {
  emulator: Emulator;
  client: AxigenClient;
  requests: RecordedRequest[];
  /** Requests matching `method path` (a path ending in `*` is a prefix). */
  count(method: string, path: string): number;
  /**
   * The next matching request is handled by the server, then its answer is lost: `drop` (the connection breaks,
   * the default), a 5xx `status` (a proxy or a crash after the work), or `hang` (no answer until the caller gives
   * up through its signal).
   */
  loseResponse(method: string, path: string, how?: LostAnswer): void;
  /** Runs the emulator's delivery for what is due now, then lists the delivered messages. */
  delivered(): ReturnType<Emulator['controls']['outbox']>;
}

const isDraftWrite = (method: string, path: string) =>
  (method === 'POST' && path === '/api/v1/mails') || path.startsWith('/api/v1/drafts/');
const matches = (pattern: string, path: string) => {
  if (!pattern.includes('*')) return path === pattern;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return re.test(path);
};

/** Logs alice in on a fresh emulator whose clock follows (fake) `Date.now()`. */
export async function createTestClient(options: { serverVersion?: 'X4' | 'X5' } = {}): Promise<TestClient> {
  const emulator = createEmulator({
    composeMime: composeWithNodemailer,
    now: () => Date.now(),
    ...(options.serverVersion ? { serverVersion: options.serverVersion } : {}),
  });
  const requests: RecordedRequest[] = [];
  const lost: { method: string; path: string; how: LostAnswer }[] = [];
  let draftWrites = 0;
  const fetchImpl: typeof fetch = (input, init) => {
    const signal = init?.signal ?? undefined;
    // The server sees the caller give up (its hung or slow requests end), as with a closed connection. The signal
    // is passed on through a controller of this realm: the caller's may come from another one (jsdom).
    const inner = new AbortController();
    if (signal?.aborted) inner.abort();
    else signal?.addEventListener('abort', () => inner.abort(), { once: true });
    const answer = handle(input, { ...init, signal: inner.signal });
    if (!signal) return answer;
    // A hung answer ends only when the caller gives up (its timeout or abort), as a real fetch does.
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      answer.then(resolve, reject);
    });
  };
  const handle = async (input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    const write = isDraftWrite(request.method, pathname);
    if (write) draftWrites += 1;
    const record: RecordedRequest = { method: request.method, path: pathname, concurrent: write ? draftWrites : 0 };
    requests.push(record);
    try {
      const response = await emulator.handle(request);
      record.status = response.status;
      if (response.type === 'error') throw new TypeError('Failed to fetch (connection dropped)');
      const lostIndex = lost.findIndex((l) => l.method === request.method && matches(l.path, pathname));
      const how = lostIndex >= 0 ? lost.splice(lostIndex, 1)[0]?.how : undefined;
      if (how === 'drop') throw new TypeError('Failed to fetch (response lost)');
      if (how === 'hang') return new Promise<Response>(() => undefined);
      if (how) {
        record.status = how.status;
        return Response.json({ error: { code: 'INTERNAL', message: 'Internal error' } }, { status: how.status });
      }
      return response;
    } finally {
      if (write) draftWrites -= 1;
    }
  };
  const client = createAxigenClient({
    baseUrl: 'http://emulator.test',
    fetch: fetchImpl,
    XMLHttpRequest: createFetchXhr(fetchImpl),
  });
  await client.login({ kind: 'basic', username: ALICE.address, password: 'wonderland' });
  requests.length = 0;
  return {
    emulator,
    client,
    requests,
    count: (method, path) => requests.filter((r) => r.method === method && matches(path, r.path)).length,
    loseResponse: (method, path, how = 'drop') => lost.push({ method, path, how }),
    delivered: async () => {
      await emulator.tick();
      return emulator.controls.outbox();
    },
  };
}
