import type { AxigenClient } from '@inkwell/axigen-client';
import { createSendOutbox } from '@inkwell/compose-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bindUndoToasts, type SendMutationLike } from './bindUndoToasts';
import { createToastQueue } from './createToastQueue';
import type { UndoToastContent } from './undoToastContent';

// A send of a draft whose answer was lost: the toast waits for what the compose session finds on the server (the
// outbox's `reconciled` event) instead of inviting a second Send.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const outbox = createSendOutbox({ client: {} as AxigenClient });
  const queue = createToastQueue<UndoToastContent>();
  const listeners = new Set<(event: { mutation?: SendMutationLike }) => void>();
  const mutation: SendMutationLike = {
    mutationId: 1,
    options: { mutationKey: ['inkwell', 'compose', 'send', 'draft'] },
    state: { status: 'pending', variables: { mailId: 'draft-1' } },
  };
  const emit = () => {
    for (const listener of listeners) listener({ mutation });
  };
  const controller = bindUndoToasts({
    outbox,
    queue,
    mutations: { subscribe: (l) => (listeners.add(l), () => listeners.delete(l)), getAll: () => [] },
  });
  emit();
  const fail = (error: unknown) => {
    mutation.state = { status: 'error', error, variables: { mailId: 'draft-1' } };
    emit();
  };
  const states = () => queue.getSnapshot().map((t) => t.content.state);
  return { outbox, controller, fail, states };
}

const lostAnswer = { kind: 'http', status: 500, outcomeUnknown: true };
const repeatNotFound = { kind: 'http', status: 404, outcomeUnknown: false };

describe('a send of a draft whose answer was lost', () => {
  it('stays "Sending…" while it is checked, then says sent when the server shows it went', () => {
    const { outbox, fail, states, controller } = setUp();
    expect(states()).toEqual(['sending']);
    fail(lostAnswer);
    expect(states()).toEqual(['sending']);
    outbox.reconciled('draft-1', 'sent');
    expect(states()).toEqual(['sent']);
    controller.dispose();
  });

  it('a repeat answered 404 is not "not sent" before the check; the verdict may come before the error', () => {
    const { outbox, fail, states, controller } = setUp();
    outbox.reconciled('draft-1', 'sent');
    fail(repeatNotFound);
    expect(states()).toEqual(['sent']);
    controller.dispose();
  });

  it('says not sent or unknown as the check found, and falls back to the error alone without a check', () => {
    const a = setUp();
    a.fail(lostAnswer);
    a.outbox.reconciled('draft-1', 'not-sent');
    expect(a.states()).toEqual(['not-sent']);
    a.controller.dispose();

    const b = setUp();
    b.fail(lostAnswer);
    b.outbox.reconciled('draft-1', 'unknown');
    expect(b.states()).toEqual(['unknown']);
    b.controller.dispose();

    const c = setUp();
    c.fail(lostAnswer);
    vi.advanceTimersByTime(45_000);
    expect(c.states()).toEqual(['unknown']);
    c.controller.dispose();
  });

  it('a refused send of a draft (not a lost answer) is "not sent" at once', () => {
    const { fail, states, controller } = setUp();
    fail({ kind: 'http', status: 400, outcomeUnknown: false });
    expect(states()).toEqual(['not-sent']);
    controller.dispose();
  });
});
