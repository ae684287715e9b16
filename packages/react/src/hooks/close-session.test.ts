import type { ComposeSession, ComposeSnapshot, ComposeState, DraftAttachment } from '@inkwell/compose-core';
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
  const moveTo = (state: ComposeState, attachments = snapshot.draft.attachments) => {
    snapshot = { ...snapshot, state, draft: { ...snapshot.draft, attachments } };
    for (const listener of [...listeners]) listener();
  };
  return { session: session as unknown as ComposeSession, notify: session.notify, moveTo, listeners };
}

/** The last save runs, then settles: the close waits for it, then resolves and lets go of the session. */
async function saveThenSettle(fake: ReturnType<typeof fakeSession>, isDone: () => boolean) {
  fake.moveTo('saving');
  await vi.advanceTimersByTimeAsync(0);
  expect(isDone()).toBe(false);
  fake.moveTo('saved');
  await vi.advanceTimersByTimeAsync(0);
  expect(isDone()).toBe(true);
  expect(fake.listeners.size).toBe(0);
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
    const fake = fakeSession('dirty');
    let done = false;
    void closeSession(fake.session).then(() => (done = true));
    await saveThenSettle(fake, () => done);
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

  test('waits for files still uploading and the save that follows, as long as they make progress', async () => {
    const fake = fakeSession('saved');
    const { session, moveTo } = fake;
    const part = (state: DraftAttachment['state'], progress?: number): DraftAttachment => ({
      localId: 'l-1',
      name: 'slides.pdf',
      contentType: 'application/pdf',
      size: 10,
      isInline: false,
      state,
      ...(progress === undefined ? {} : { progress }),
    });
    moveTo('saved', [part('uploading', 0.1)]);
    let done = false;
    void closeSession(session).then(() => (done = true));
    // Slow, but moving: more than the timeout in all, never that long without progress.
    for (const progress of [0.4, 0.7, 0.9]) {
      await vi.advanceTimersByTimeAsync(CLOSE_SAVE_TIMEOUT_MS - 1);
      moveTo('saved', [part('uploading', progress)]);
    }
    expect(done).toBe(false);
    moveTo('dirty', [part('uploaded', 1)]);
    await saveThenSettle(fake, () => done);
  });

  test('gives up on an upload that makes no progress for the timeout', async () => {
    const { session, moveTo } = fakeSession('saved');
    moveTo('saved', [
      { localId: 'l-1', name: 'a.txt', contentType: 'text/plain', size: 1, isInline: false, state: 'uploading' },
    ]);
    let done = false;
    void closeSession(session).then(() => (done = true));
    // A save retried offline publishes, but the upload does not move.
    moveTo('saved');
    await vi.advanceTimersByTimeAsync(CLOSE_SAVE_TIMEOUT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
