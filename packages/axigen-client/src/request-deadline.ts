/** The caller's signal plus a timer, as one signal; tells a timeout apart from the caller's abort. */
export interface RequestDeadline {
  signal: AbortSignal | undefined;
  /** True once the timer fired (and the caller had not aborted first). */
  timedOut(): boolean;
  /** Stops the timer and lets go of the caller's signal. */
  dispose(): void;
}

/**
 * Composes by hand rather than with `AbortSignal.any`: the same code on Node 20 and every browser, a timer that
 * fake timers control, and listeners removed as soon as the call settles (a long-lived caller signal would
 * otherwise collect one per request).
 */
export function requestDeadline(caller: AbortSignal | undefined, timeoutMs: number | undefined): RequestDeadline {
  if (timeoutMs === undefined || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    return { signal: caller, timedOut: () => false, dispose: () => undefined };
  }
  const controller = new AbortController();
  let fired = false;
  const onCallerAbort = () => controller.abort(caller?.reason);
  const timer = setTimeout(() => {
    if (caller?.aborted) return;
    fired = true;
    controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => fired,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}
