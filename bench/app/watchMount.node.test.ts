// The mount probe's bookkeeping with frames under test control: requestAnimationFrame and MessageChannel are fakes,
// so each frame and each "after paint" task runs when the test says.
import { watchMount } from './watchMount';

let frames: FrameRequestCallback[] = [];
let afterPaint: (() => void)[] = [];
let now = 0;

beforeEach(() => {
  frames = [];
  afterPaint = [];
  now = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal(
    'MessageChannel',
    class {
      port1: { onmessage: (() => void) | null; close(): void } = { onmessage: null, close() {} };
      port2 = { postMessage: () => afterPaint.push(() => this.port1.onmessage?.()) };
    },
  );
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** One frame: its rAF callbacks at `at`, then its paint, then the tasks queued after it at `paintedAt`. */
function frame(at: number, paintedAt: number) {
  now = at;
  const callbacks = frames;
  frames = [];
  for (const cb of callbacks) cb(at);
  now = paintedAt;
  const tasks = afterPaint;
  afterPaint = [];
  for (const task of tasks) task();
}

describe('watchMount', () => {
  it('stops each clock after the frame in which its check first holds, not before', async () => {
    let input = false;
    let quote = false;
    const done = watchMount(0, { inputReady: () => input, quotePainted: () => quote });
    frame(16, 18);
    input = true;
    frame(33, 35);
    frame(50, 52);
    quote = true;
    frame(400, 420);
    await expect(done).resolves.toEqual({ inputReadyMs: 35, quotePaintedMs: 420 });
  });

  it('has no quote time for an empty body', async () => {
    const done = watchMount(10, { inputReady: () => true });
    frame(16, 20);
    await expect(done).resolves.toEqual({ inputReadyMs: 10, quotePaintedMs: null });
  });

  it('gives up after the timeout instead of waiting forever', async () => {
    const done = watchMount(0, { inputReady: () => false, timeoutMs: 100 });
    frame(16, 18);
    frame(150, 152);
    await expect(done).rejects.toThrow('mount not finished after 100 ms');
  });
});
