import type { ComposeSnapshot } from '@inkwell/compose-core';

/** The autosave states `@inkwell/ui`'s `DraftStatus` shows. */
export type DraftStatusState = 'idle' | 'saving' | 'saved' | 'failed' | 'offline';

export interface DraftStatusInfo {
  state: DraftStatusState;
  savedAt?: Date;
  reason?: string;
  /** With `failed`: a new attempt is on its way; the failure stays shown until it ends. */
  pending?: boolean;
  /**
   * This device cannot keep the draft (storage full or blocked: `snapshot.journalError`): until it is saved, its
   * changes live in this tab only, so the status must not say they are kept here.
   */
  notKept?: boolean;
}

/**
 * Where the draft stands, for the user. Offline wins while changes wait to be saved (they are on this device);
 * a pending change after an earlier save keeps showing "Saved at …" until the autosave starts, since the server
 * does hold that earlier version. Send states show nothing: the toast and the view tell that story.
 */
export function draftStatusOf(snapshot: ComposeSnapshot): DraftStatusInfo {
  const status = statusOf(snapshot);
  return snapshot.journalError === undefined || status.state === 'idle' ? status : { ...status, notKept: true };
}

function statusOf(snapshot: ComposeSnapshot): DraftStatusInfo {
  const savedAt = snapshot.lastSavedAt === undefined ? undefined : new Date(snapshot.lastSavedAt);
  const saved = (): DraftStatusInfo => (savedAt ? { state: 'saved', savedAt } : { state: 'idle' });
  const failed = (): DraftStatusInfo => ({ state: 'failed', reason: snapshot.saveError?.message, savedAt });
  switch (snapshot.state) {
    case 'dirty':
    case 'saving':
    case 'save-failed':
      if (snapshot.offline) return { state: 'offline', savedAt };
      // A new attempt after a failure keeps the failure shown: flipping to "Saving…" and back on every retry (and
      // every change typed meanwhile) made a status jump and be read out again.
      if (snapshot.state === 'saving')
        return snapshot.saveError ? { ...failed(), pending: true } : { state: 'saving', savedAt };
      if (snapshot.state === 'save-failed' || snapshot.saveError) return failed();
      return saved();
    case 'saved':
    case 'send-failed':
      return saved();
    case 'loading':
    case 'pristine':
    case 'sending':
    case 'undoable':
    case 'sent':
    case 'scheduled':
    case 'discarded':
      return { state: 'idle' };
    default:
      return snapshot.state satisfies never;
  }
}
