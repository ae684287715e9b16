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
        if (dateHeader) {
          const next = estimateClockSkew({ dateHeader, requestStart, responseEnd: now() });
          if (Number.isFinite(next.skewMs) && (skew?.skewMs !== next.skewMs || skew?.large !== next.large)) {
            skew = { skewMs: next.skewMs, large: next.large };
            for (const listener of [...listeners]) listener();
          }
        }
        return response;
      };
    },
  };
}
