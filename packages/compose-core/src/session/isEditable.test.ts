import { isEditable } from './isEditable';
import type { ComposeState } from './types';

describe('isEditable', () => {
  it('accepts edits exactly in the editing states of a message that is not read-only', () => {
    const editable: ComposeState[] = ['pristine', 'dirty', 'saving', 'saved', 'save-failed', 'send-failed'];
    const all: ComposeState[] = [
      'loading',
      'pristine',
      'dirty',
      'saving',
      'saved',
      'save-failed',
      'sending',
      'undoable',
      'sent',
      'scheduled',
      'send-failed',
      'discarded',
    ];
    for (const state of all) {
      expect(isEditable({ state, readOnly: false }), state).toBe(editable.includes(state));
      expect(isEditable({ state, readOnly: true }), `${state}, read-only`).toBe(false);
    }
  });
});
