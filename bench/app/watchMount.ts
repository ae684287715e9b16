// Times a mount the way a user sees it: from the start of mounting to the end of the first frame in which the quote
// is painted, and separately to the end of the first frame in which the editor accepts input. Each check runs in a
// requestAnimationFrame callback (before that frame's style, layout and paint); when it first holds, the clock stops
// in the task that follows that frame's paint, as the latency probe does for keys.
export interface MountTimes {
  /** The editable root is in the page and laid out: a key pressed now goes into it. */
  inputReadyMs: number;
  /** The first part of the quote is laid out with a non-zero height; null when there is no quote. */
  quotePaintedMs: number | null;
}

export interface MountChecks {
  inputReady(): boolean;
  /** Omitted for an empty body. */
  quotePainted?: () => boolean;
  /** Give up after this long (a mount that never finishes is reported, not waited for forever). */
  timeoutMs?: number;
}

function afterThisFrame(startedAt: number, done: (ms: number) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    done(performance.now() - startedAt);
  };
  channel.port2.postMessage(null);
}

export function watchMount(startedAt: number, checks: MountChecks): Promise<MountTimes> {
  return new Promise((resolve, reject) => {
    let inputReadyMs: number | undefined;
    let quotePaintedMs: number | null | undefined = checks.quotePainted ? undefined : null;
    let inputSeen = false;
    let quoteSeen = !checks.quotePainted;
    const settle = () => {
      if (inputReadyMs !== undefined && quotePaintedMs !== undefined) resolve({ inputReadyMs, quotePaintedMs });
    };
    const frame = () => {
      if (performance.now() - startedAt > (checks.timeoutMs ?? 120_000)) {
        reject(new Error(`mount not finished after ${checks.timeoutMs ?? 120_000} ms`));
        return;
      }
      if (!inputSeen && checks.inputReady()) {
        inputSeen = true;
        afterThisFrame(startedAt, (ms) => {
          inputReadyMs = ms;
          settle();
        });
      }
      if (!quoteSeen && checks.quotePainted?.()) {
        quoteSeen = true;
        afterThisFrame(startedAt, (ms) => {
          quotePaintedMs = ms;
          settle();
        });
      }
      if (!inputSeen || !quoteSeen) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
