import type { ComposeSession, ComposeState } from '@inkwell/compose-core';

/** States in which the last edits may not be on the server yet. */
const UNSAVED: readonly ComposeState[] = ['dirty', 'saving'];

/** How long a closed view's session may stay alive to finish its last save (offline it would wait forever). */
export const CLOSE_SAVE_TIMEOUT_MS = 15_000;

/**
 * Closes a compose view's session: asks it to save at once (`notify('close')`), and resolves when that save has
 * settled (or failed, or after `timeoutMs`). The session is disposed after that, not before: disposing first would
 * drop the save's result, and a view shown again could not find the draft it made.
 */
export function closeSession(session: ComposeSession, timeoutMs = CLOSE_SAVE_TIMEOUT_MS): Promise<void> {
  session.notify('close');
  return new Promise<void>((resolve) => {
    const settled = () => !UNSAVED.includes(session.getSnapshot().state);
    if (settled()) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = session.subscribe(() => {
      if (settled()) done();
    });
  });
}
