export interface PausableTimer {
  pause(): void;
  resume(): void;
  cancel(): void;
  /** Milliseconds left (frozen while paused). */
  remaining(): number;
}

/**
 * A one-shot timer that can be paused and resumed, as in React Stately's toast Timer. Used for how long a toast stays
 * on screen, never for the server's undo window, which does not stop.
 */
export function createPausableTimer(callback: () => void, delay: number, now: () => number = Date.now): PausableTimer {
  let left = delay;
  let startedAt = 0;
  let handle: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const start = () => {
    if (done || handle !== undefined) return;
    startedAt = now();
    handle = setTimeout(() => {
      handle = undefined;
      done = true;
      callback();
    }, left);
  };
  const stop = () => {
    if (handle === undefined) return;
    clearTimeout(handle);
    handle = undefined;
    left = Math.max(0, left - (now() - startedAt));
  };
  start();
  return {
    pause: stop,
    resume: start,
    cancel() {
      stop();
      done = true;
    },
    remaining: () => (handle === undefined ? left : Math.max(0, left - (now() - startedAt))),
  };
}
