import type { ComposeSnapshot } from '@inkwell/compose-core';
import { draftStatusOf } from '@inkwell/react';
import { saveFailureOf, type SaveFailureReason } from './saveFailureOf';

/** Every save state a user can meet. */
export type DraftStatusState = 'idle' | 'saving' | 'saved' | 'failed' | 'offline' | 'expired' | 'conflict';

export interface SaveStatus {
  state: DraftStatusState;
  savedAt?: Date;
  /** With `failed`. */
  reason?: SaveFailureReason;
  /** The session retries by itself (backoff, or when the connection is back). */
  retrying?: boolean;
  /** With `failed`: a new attempt is on its way. */
  pending?: boolean;
  /** This device cannot keep the draft (storage full or blocked): its changes live in this tab until saved. */
  notKept?: boolean;
}

/**
 * The save status of a compose snapshot: `@inkwell/react`'s `draftStatusOf`, plus a conflict with another tab
 * (autosave waits for the user), a signed-out session, and the failure's reason as a code rather than a text.
 */
export function saveStatusOf(snapshot: ComposeSnapshot): SaveStatus {
  const base = draftStatusOf(snapshot);
  const savedAt = { ...(base.savedAt ? { savedAt: base.savedAt } : {}), ...(base.notKept ? { notKept: true } : {}) };
  if (snapshot.conflict) return { state: 'conflict', ...savedAt };
  if (base.state !== 'failed') return { state: base.state, ...savedAt };
  const reason = saveFailureOf(snapshot.saveError);
  if (reason === 'expired') return { state: 'expired', ...savedAt };
  if (reason === 'offline') return { state: 'offline', ...savedAt };
  return {
    state: 'failed',
    reason,
    retrying: snapshot.saveError?.retryable === true,
    pending: base.pending === true,
    ...savedAt,
  };
}
