import { vi } from 'vitest';

/** Lets real asynchronous work (the emulator, fake IndexedDB) finish while timers stay fake. */
export async function settle(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Advances fake time in steps, letting real async work settle between them. */
export async function advance(ms: number, step = 100): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    await vi.advanceTimersByTimeAsync(Math.min(step, ms - elapsed));
    await settle(3);
  }
  await settle();
}

/** Fake timers for everything but setImmediate, which fake IndexedDB and the emulator's MIME code need. */
export const FAKE_TIMERS = {
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
} satisfies Parameters<typeof vi.useFakeTimers>[0];
