import type { ComposeSession, ComposeSnapshot, ComposeState } from '@inkwell/compose-core';
import { CLOSE_SAVE_TIMEOUT_MS, closeSession } from './close-session';
import { placeholderSnapshot } from './session-handle';

// A stand-in whose state the test moves: the real close is exercised by useCompose's unmount tests.
function fakeSession(initial: ComposeState) {
  let snapshot: ComposeSnapshot = { ...placeholderSnapshot(undefined, 'local-1'), state: initial };
  const listeners = new Set<() => void>();
  const session = {
    notify: vi.fn(),
    getSnapshot: () => snapshot,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const moveTo = (state: ComposeState) => {
    snapshot = { ...snapshot, state };
    for (const listener of [...listeners]) listener();
  };
  return { session: session as unknown as ComposeSession, notify: session.notify, moveTo, listeners };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('closeSession', () => {
  test('asks for a save and resolves at once when nothing is unsaved', async () => {
    const { session, notify } = fakeSession('saved');
    await closeSession(session);
    expect(notify).toHaveBeenCalledWith('close');
  });

  test('waits while the last save runs, and resolves when it has settled', async () => {
    const { session, moveTo, listeners } = fakeSession('dirty');
    let done = false;
    void closeSession(session).then(() => (done = true));
    moveTo('saving');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    moveTo('saved');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    expect(listeners.size).toBe(0);
  });

  test('gives up after the timeout (offline, the save would wait forever)', async () => {
    const { session, listeners } = fakeSession('dirty');
    let done = false;
    void closeSession(session).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(CLOSE_SAVE_TIMEOUT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(listeners.size).toBe(0);
  });
});
