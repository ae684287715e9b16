// @vitest-environment jsdom
// The probe's bookkeeping, with the frame under test control: afterNextPaint is replaced by a promise the test
// resolves with a chosen paint time.
import { installLatencyProbe, type LatencyProbe } from './installLatencyProbe';

const paints: ((paintedAt: number) => void)[] = [];
vi.mock('./afterNextPaint', () => ({
  afterNextPaint: () => new Promise<number>((resolve) => paints.push(resolve)),
}));

function keydown(key: string, timeStamp: number, repeat = false) {
  const event = new KeyboardEvent('keydown', { key, repeat, bubbles: true });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  document.body.dispatchEvent(event);
}

describe('installLatencyProbe', () => {
  let probe: LatencyProbe;
  let now = 0;
  beforeEach(() => {
    paints.length = 0;
    now = 100;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    probe = installLatencyProbe(window);
  });
  afterEach(() => {
    probe.dispose();
    vi.restoreAllMocks();
  });

  it('times keydown.timeStamp to the painted frame and records the input delay', async () => {
    now = 103;
    keydown('a', 100);
    expect(paints).toHaveLength(1);
    expect(probe.samples).toEqual([]);
    paints[0]?.(117.5);
    await probe.waitForSamples(1);
    expect(probe.samples).toEqual([{ key: 'a', latencyMs: 17.5, inputDelayMs: 3 }]);
  });

  it('measures one key at a time and ignores auto-repeat', async () => {
    now = 200;
    keydown('a', 200);
    keydown('b', 200);
    keydown('c', 200, true);
    expect(paints).toHaveLength(1);
    paints[0]?.(210);
    await probe.waitForSamples(1);
    now = 220;
    keydown('d', 219);
    expect(paints).toHaveLength(2);
    paints[1]?.(228);
    await probe.waitForSamples(2);
    expect(probe.samples.map((s) => [s.key, s.latencyMs])).toEqual([
      ['a', 10],
      ['d', 9],
    ]);
  });

  it('falls back to its own clock when the event timestamp is later than now', async () => {
    now = 50;
    keydown('x', 80);
    paints[0]?.(60);
    await probe.waitForSamples(1);
    expect(probe.samples[0]).toEqual({ key: 'x', latencyMs: 10, inputDelayMs: 0 });
  });

  it('waitForSamples resolves only once enough samples exist; clear and dispose work', async () => {
    let resolved = false;
    const waiting = probe.waitForSamples(2).then(() => (resolved = true));
    keydown('a', 100);
    paints[0]?.(110);
    await probe.waitForSamples(1);
    expect(resolved).toBe(false);
    keydown('b', 100);
    paints[1]?.(120);
    await waiting;
    expect(resolved).toBe(true);
    probe.clear();
    expect(probe.samples).toHaveLength(0);
    probe.dispose();
    keydown('c', 100);
    expect(paints).toHaveLength(2);
  });
});
