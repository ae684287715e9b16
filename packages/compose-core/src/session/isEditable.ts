import { EDITING } from './sessionCore';
import type { ComposeSnapshot } from './types';

/**
 * Whether the session accepts edits now (`update`/`setBodyHtml` throw otherwise): not while it loads, sends or is
 * done, and not for a scheduled mail until its schedule is cancelled. A UI disables its fields when this is false.
 */
export function isEditable(snapshot: Pick<ComposeSnapshot, 'state' | 'readOnly'>): boolean {
  return !snapshot.readOnly && EDITING.includes(snapshot.state);
}
