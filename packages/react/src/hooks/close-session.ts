import type { ComposeSession, ComposeSnapshot, ComposeState } from '@inkwell/compose-core';

/** States in which the last edits may not be on the server yet. */
const UNSAVED: readonly ComposeState[] = ['dirty', 'saving'];

/** How long a closed view's session may stay alive to finish its last save (offline it would wait forever), or without
 * any progress of its uploads. */
export const CLOSE_SAVE_TIMEOUT_MS = 15_000;

/** Parts still on their way to the server: the draft gets them once they arrive (a save follows each). */
const uploading = (snapshot: ComposeSnapshot) =>
  snapshot.draft.attachments.some((a) => a.state === 'queued' || a.state === 'uploading');

/**
 * Closes a compose view's session: asks it to save at once (`notify('close')`), and resolves when that save has
 * settled (or failed, or after `timeoutMs`). The session is disposed after that, not before: disposing first would
 * drop the save's result, and a view shown again could not find the draft it made. Files still uploading finish first,
 * so the draft keeps them: the wait goes on while they make progress, and ends `timeoutMs` after the last.
 */
export function closeSession(session: ComposeSession, timeoutMs = CLOSE_SAVE_TIMEOUT_MS): Promise<void> {
  session.notify('close');
  return new Promise<void>((resolve) => {
    const settled = (snapshot: ComposeSnapshot) => !UNSAVED.includes(snapshot.state) && !uploading(snapshot);
    let seen = session.getSnapshot();
    if (settled(seen)) {
      resolve();
      return;
    }
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(done, timeoutMs);
    };
    arm();
    const unsubscribe = session.subscribe(() => {
      const snapshot = session.getSnapshot();
      if (settled(snapshot)) return done();
      // An upload moved on (progress, done, next one started): it is not stuck.
      if (uploading(snapshot) && snapshot.draft.attachments !== seen.draft.attachments) arm();
      seen = snapshot;
    });
  });
}
