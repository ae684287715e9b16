import { act } from '@testing-library/react';

// Captured before any test fakes timers: waiting here lets in-process I/O (the emulator's MIME builder) progress
// without moving the fake clock.
const realSetImmediate = globalThis.setImmediate;

/** Lets pending promises and I/O settle until `check` holds; fails with `what` if it never does. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000; i += 1) {
    if (check()) return;
    await act(() => new Promise<void>((resolve) => realSetImmediate(() => resolve())));
  }
  throw new Error(`Never happened: ${what}`);
}

/** Lets pending promises and I/O run for a while, for asserting that something did *not* happen. */
export async function settle(rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await act(() => new Promise<void>((resolve) => realSetImmediate(() => resolve())));
  }
}
