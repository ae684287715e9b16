import type { ComposeSnapshot, ComposeState } from '@inkwell/compose-core';

// The states in which the compose session accepts edits (it throws otherwise).
const editable: readonly ComposeState[] = ['pristine', 'dirty', 'saving', 'saved', 'save-failed', 'send-failed'];

export function canEdit(snapshot: ComposeSnapshot): boolean {
  return !snapshot.readOnly && editable.includes(snapshot.state);
}
