import { describe, expect, it } from 'vitest';
import { assertTransition, canTransition, InvalidTransitionError, nextStates } from './transitions';
import type { ComposeState } from './types';

const ALL: ComposeState[] = [
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

describe('compose state transitions', () => {
  it('lists only known states as targets and ends in sent / discarded', () => {
    for (const state of ALL) for (const next of nextStates(state)) expect(ALL).toContain(next);
    expect(nextStates('sent')).toEqual([]);
    expect(nextStates('discarded')).toEqual([]);
  });

  it('allows the autosave and send paths', () => {
    expect(canTransition('pristine', 'dirty')).toBe(true);
    expect(canTransition('dirty', 'saving')).toBe(true);
    expect(canTransition('saving', 'saved')).toBe(true);
    expect(canTransition('saving', 'save-failed')).toBe(true);
    expect(canTransition('saved', 'sending')).toBe(true);
    expect(canTransition('sending', 'undoable')).toBe(true);
    expect(canTransition('undoable', 'loading')).toBe(true);
    expect(canTransition('scheduled', 'loading')).toBe(true);
  });

  it('throws on transitions the table does not have', () => {
    expect(() => assertTransition('sent', 'dirty')).toThrow(InvalidTransitionError);
    expect(() => assertTransition('undoable', 'sending')).toThrow('Invalid compose transition undoable → sending');
    expect(() => assertTransition('pristine', 'undoable')).toThrow(InvalidTransitionError);
    expect(() => assertTransition('discarded', 'loading')).toThrow(InvalidTransitionError);
    expect(() => assertTransition('saved', 'saved')).not.toThrow();
  });

  it('rejects an unknown state at run time', () => {
    expect(() => nextStates('bogus' as ComposeState)).toThrow('Unknown compose state bogus');
  });
});
