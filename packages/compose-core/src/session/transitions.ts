import type { ComposeState } from './types';

/** An attempted transition the table does not allow: a bug in the session, never a user error. */
export class InvalidTransitionError extends Error {
  override readonly name = 'InvalidTransitionError';
  constructor(
    readonly from: ComposeState,
    readonly to: ComposeState,
  ) {
    super(`Invalid compose transition ${from} → ${to}`);
  }
}

/** The states each state may move to. Exhaustive: adding a state fails to compile until it is placed here. */
export function nextStates(state: ComposeState): readonly ComposeState[] {
  switch (state) {
    case 'loading':
      // Prefill done (pristine), journal recovery (dirty), reopened draft (saved), reopened scheduled mail.
      return ['pristine', 'dirty', 'saved', 'scheduled', 'sent', 'discarded'];
    case 'pristine':
      // saving / saved: adopting another tab's saved draft.
      return ['dirty', 'saving', 'saved', 'sending', 'discarded', 'loading'];
    case 'dirty':
      // saved: adopting another tab's version that the server already holds.
      return ['saving', 'saved', 'sending', 'discarded', 'loading'];
    case 'saving':
      return ['saved', 'dirty', 'save-failed', 'sending', 'discarded'];
    case 'saved':
      return ['dirty', 'sending', 'discarded', 'loading'];
    case 'save-failed':
      return ['saving', 'dirty', 'sending', 'discarded', 'loading'];
    case 'sending':
      return ['undoable', 'sent', 'scheduled', 'send-failed', 'dirty', 'saved'];
    case 'undoable':
      // Undo reopens the draft (loading), or the window ends / undo is refused (sent).
      return ['loading', 'sent'];
    case 'sent':
      return [];
    case 'scheduled':
      // cancelSchedule reloads the draft.
      return ['loading', 'sent'];
    case 'send-failed':
      return ['sending', 'dirty', 'saving', 'saved', 'sent', 'discarded', 'loading'];
    case 'discarded':
      return [];
    default:
      state satisfies never;
      throw new Error(`Unknown compose state ${String(state)}`);
  }
}

export function canTransition(from: ComposeState, to: ComposeState): boolean {
  return nextStates(from).includes(to);
}

export function assertTransition(from: ComposeState, to: ComposeState): void {
  if (from !== to && !canTransition(from, to)) throw new InvalidTransitionError(from, to);
}
