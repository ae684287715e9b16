// Measures each key press from its keydown to the first frame painted after it.
//
// Method: a capture-phase keydown listener on window (it runs before the editor's own handlers) starts the clock at
// `event.timeStamp` — the time the browser created the input event, on the `performance.now()` clock — so time the
// event waited in the renderer's queue counts too. It then requests an animation frame; the rAF callback runs at the
// start of the next rendering update, and a MessageChannel message posted from it is delivered as a task right
// after that update's style, layout and paint. Stopping the clock there captures all work the keystroke caused
// before the user can see the character (ProseMirror's DOM observer, the transaction, React updates, node views,
// layout of the document) plus the wait for the frame. `setTimeout(0)` would do too, but is clamped and can be
// throttled; the Event Timing API (`PerformanceObserver({type: 'event'})`) rounds durations to 8 ms and drops events
// under 16 ms, too coarse for a 1.2× comparison.
//
// afterNextPaint stamps the time inside that task, before its promise continuation runs.
//
// One key is measured at a time: the runner waits for each sample before pressing the next key, so keys never queue.
import { afterNextPaint } from './afterNextPaint';

export interface KeySample {
  key: string;
  /** keydown `timeStamp` → after the next painted frame, in ms. */
  latencyMs: number;
  /** keydown `timeStamp` → our listener running (input queueing delay), in ms. */
  inputDelayMs: number;
}

export interface LatencyProbe {
  samples: KeySample[];
  waitForSamples(count: number): Promise<void>;
  clear(): void;
  dispose(): void;
}

export function installLatencyProbe(target: Window = window): LatencyProbe {
  const samples: KeySample[] = [];
  let waiters: { count: number; resolve: () => void }[] = [];
  let inFlight = false;

  const onKeyDown = (event: KeyboardEvent) => {
    if (inFlight || event.repeat) return;
    const listenerAt = target.performance.now();
    // A synthetic or clock-skewed timestamp would make a nonsense latency; fall back to our own listener time.
    const start = event.timeStamp > 0 && event.timeStamp <= listenerAt ? event.timeStamp : listenerAt;
    inFlight = true;
    void afterNextPaint().then((paintedAt) => {
      inFlight = false;
      samples.push({ key: event.key, latencyMs: paintedAt - start, inputDelayMs: listenerAt - start });
      const ready = waiters.filter((w) => samples.length >= w.count);
      waiters = waiters.filter((w) => samples.length < w.count);
      for (const w of ready) w.resolve();
    });
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });

  return {
    samples,
    waitForSamples: (count) =>
      samples.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    clear: () => {
      samples.length = 0;
    },
    dispose: () => target.removeEventListener('keydown', onKeyDown, { capture: true }),
  };
}
