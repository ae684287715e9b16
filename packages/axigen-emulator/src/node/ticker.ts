// Drives the core's clock-based work (undo window expiry, scheduled delivery). Plain timers only, so the
// browser runtime uses it too.
import type { Emulator } from '../index';

export interface TickerOptions {
  /** Milliseconds between ticks. @default 250 */
  intervalMs?: number;
  log?: (line: string) => void;
}

/** Calls `emulator.tick()` every `intervalMs`, never two at once. Returns a stop function. */
export function startTicker(emulator: Pick<Emulator, 'tick'>, options: TickerOptions = {}): () => void {
  const log = options.log ?? ((line: string) => console.error(line));
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a slow delivery must not pile up overlapping ticks
    running = true;
    emulator
      .tick()
      .catch((error: unknown) => log(`[axigen-emulator] delivery tick failed: ${String(error)}`))
      .finally(() => {
        running = false;
      });
  }, options.intervalMs ?? 250);
  // In Node, the ticker alone must not keep a process (a test runner, a CLI being closed) alive.
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
