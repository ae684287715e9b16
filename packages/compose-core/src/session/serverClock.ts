import { estimateClockSkew } from '../clock/serverClockSkew';

/** The server's clock as estimated from the `Date` headers of its responses. */
export interface ServerClock {
  /** Server time minus local time in ms, with `large` over 2 minutes; undefined before any response. */
  getSkew(): { skewMs: number; large: boolean } | undefined;
  subscribe(listener: () => void): () => void;
  /** Wraps a fetch so every response's `Date` header updates the estimate; pass it to `createAxigenClient`. */
  wrapFetch(fetchImpl: typeof fetch): typeof fetch;
}

/**
 * The pinned client exposes no response headers, so the skew is measured one level lower: the app wraps the fetch it
 * gives the client (`createAxigenClient({ fetch: serverClock.wrapFetch(fetch) })`) and hands the same object to the
 * session. The `Date` header has one-second resolution, so the estimate is only good to about ±1 s.
 */
export function createServerClock({ now = Date.now }: { now?: () => number } = {}): ServerClock {
  let skew: { skewMs: number; large: boolean } | undefined;
  const listeners = new Set<() => void>();
  return {
    getSkew: () => skew,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    wrapFetch(fetchImpl) {
      return async (input, init) => {
        const requestStart = now();
        const response = await fetchImpl(input, init);
        const dateHeader = response.headers.get('date');
        const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
        if (dateHeader && answeredNow(method, response.headers)) {
          let next: { skewMs: number; large: boolean } | undefined;
          try {
            next = estimateClockSkew({ dateHeader, requestStart, responseEnd: now() });
          } catch {
            // A Date that is not an HTTP date tells nothing; the answer itself is fine.
          }
          if (next && Number.isFinite(next.skewMs) && (skew?.skewMs !== next.skewMs || skew?.large !== next.large)) {
            skew = { skewMs: next.skewMs, large: next.large };
            for (const listener of [...listeners]) listener();
          }
        }
        return response;
      };
    },
  };
}

/**
 * Whether the answer's `Date` is the server's time now. A cache (the browser's, a proxy's) hands out a stored answer
 * with the `Date` it was made at: only a GET or HEAD can come from one, and only when it may be stored and reused
 * without asking the server (it says how long it stays fresh, or has a Last-Modified to guess that from).
 */
function answeredNow(method: string, headers: Headers): boolean {
  if (!/^(GET|HEAD)$/i.test(method)) return true;
  const cacheControl = headers.get('cache-control') ?? '';
  if (/no-store|no-cache/i.test(cacheControl)) return true;
  if (/max-age=0*[1-9]|immutable/i.test(cacheControl)) return false;
  return !headers.has('age') && !headers.has('expires') && !headers.has('last-modified');
}
