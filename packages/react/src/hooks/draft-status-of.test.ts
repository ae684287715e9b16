import type { ComposeSnapshot } from '@inkwell/compose-core';
import { draftStatusOf } from './draft-status-of';
import { placeholderSnapshot } from './session-handle';

const at = Date.UTC(2026, 10, 21, 10, 0);
const snap = (patch: Partial<ComposeSnapshot>): ComposeSnapshot => ({
  ...placeholderSnapshot(undefined, 'c1'),
  ...patch,
});

describe('draftStatusOf', () => {
  test('nothing to say before the user changed anything', () => {
    expect(draftStatusOf(snap({ state: 'loading' }))).toEqual({ state: 'idle' });
    expect(draftStatusOf(snap({ state: 'pristine' }))).toEqual({ state: 'idle' });
    expect(draftStatusOf(snap({ state: 'dirty' }))).toEqual({ state: 'idle' });
  });

  test('a pending change after a save keeps showing when the server last confirmed', () => {
    expect(draftStatusOf(snap({ state: 'dirty', lastSavedAt: at }))).toEqual({ state: 'saved', savedAt: new Date(at) });
    expect(draftStatusOf(snap({ state: 'saved', lastSavedAt: at }))).toEqual({ state: 'saved', savedAt: new Date(at) });
  });

  test('a failed save is failed with its reason, also while its retry waits', () => {
    const saveError = { message: 'The server is unavailable', retryable: true, nextRetryAt: at + 4000 };
    expect(draftStatusOf(snap({ state: 'save-failed', saveError }))).toEqual({
      state: 'failed',
      reason: 'The server is unavailable',
      savedAt: undefined,
    });
    expect(draftStatusOf(snap({ state: 'dirty', saveError, lastSavedAt: at }))).toMatchObject({
      state: 'failed',
      reason: 'The server is unavailable',
    });
  });

  test('offline wins while changes wait, but a saved draft stays saved', () => {
    expect(draftStatusOf(snap({ state: 'dirty', offline: true }))).toMatchObject({ state: 'offline' });
    expect(draftStatusOf(snap({ state: 'save-failed', offline: true }))).toMatchObject({ state: 'offline' });
    expect(draftStatusOf(snap({ state: 'saved', offline: true, lastSavedAt: at }))).toMatchObject({ state: 'saved' });
  });

  test('a device that cannot keep the draft (journalError) is told apart, so nothing claims the text is kept here', () => {
    const journalError = 'The draft cannot be kept on this device: QuotaExceededError';
    expect(draftStatusOf(snap({ state: 'dirty', offline: true, journalError }))).toEqual({
      state: 'offline',
      notKept: true,
    });
    const saveError = { message: 'The server is unavailable', retryable: true };
    expect(draftStatusOf(snap({ state: 'save-failed', saveError, journalError }))).toMatchObject({
      state: 'failed',
      notKept: true,
    });
    expect(draftStatusOf(snap({ state: 'dirty', offline: true }))).not.toHaveProperty('notKept');
    // Nothing to keep yet, or nothing shown: no word about the device.
    expect(draftStatusOf(snap({ state: 'pristine', journalError }))).toEqual({ state: 'idle' });
  });

  test('send states leave the talking to the send UI; a failed send still has its saved draft', () => {
    for (const state of ['sending', 'undoable', 'sent', 'scheduled', 'discarded'] as const) {
      expect(draftStatusOf(snap({ state, lastSavedAt: at }))).toEqual({ state: 'idle' });
    }
    expect(draftStatusOf(snap({ state: 'send-failed', lastSavedAt: at }))).toEqual({
      state: 'saved',
      savedAt: new Date(at),
    });
  });
});
