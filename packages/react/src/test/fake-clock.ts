/**
 * Fakes the timers and the clock for each test of the calling file. `setImmediate` stays real: the emulator's MIME
 * builder (streams) needs it, and `until()` uses it to let I/O settle without moving the fake clock.
 */
export function installFakeClock(start = '2026-11-21T10:00:00Z'): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date(start));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
