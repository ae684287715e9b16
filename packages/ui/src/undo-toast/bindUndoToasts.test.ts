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

describe('a scheduled message', () => {
  const at = Date.UTC(2026, 11, 2, 8, 0) / 1000;
  function scheduled(cancel: () => Promise<{ mailId: string }>) {
    const cancelScheduledSend = vi.fn(cancel);
    const outbox = createSendOutbox({ client: { cancelScheduledSend } as unknown as AxigenClient });
    const queue = createToastQueue<UndoToastContent>();
    const onReopen = vi.fn();
    // Scheduled before the region was bound (an earlier page's): confirmed then, no toast now.
    outbox.add({ kind: 'scheduled', mailId: 'old', subject: 'Earlier', recipients: [] });
    const controller = bindUndoToasts({ outbox, queue, onReopen });
    outbox.add({ kind: 'scheduled', mailId: 'sched-1', subject: 'Later', recipients: ['Bob'], deliveryTime: at });
    const toasts = () => queue.getSnapshot().map((t) => t.content);
    return { outbox, queue, controller, toasts, onReopen, cancelScheduledSend };
  }

  it('says when it will go, and Cancel sending brings it back to Drafts and reopens it', async () => {
    const { queue, controller, toasts, onReopen, cancelScheduledSend } = scheduled(async () => ({ mailId: 'draft-9' }));
    expect(toasts()).toEqual([
      expect.objectContaining({ state: 'scheduled', subject: 'Later', deliveryTime: at, recipients: ['Bob'] }),
    ]);
    controller.undo(queue.getSnapshot()[0]!.key);
    expect(toasts()[0]?.state).toBe('undoing');
    await vi.runAllTicks();
    await Promise.resolve();
    expect(cancelScheduledSend).toHaveBeenCalledWith('sched-1');
    expect(toasts()[0]).toMatchObject({ state: 'reopened', draftId: 'draft-9' });
    expect(onReopen).toHaveBeenCalledWith('draft-9', expect.objectContaining({ state: 'reopened' }));
    controller.dispose();
  });

  it('a cancel that fails says it is still scheduled; left alone, the notice goes after 10 s', async () => {
    const failing = scheduled(async () => {
      throw new Error('503');
    });
    failing.controller.undo(failing.queue.getSnapshot()[0]!.key);
    await vi.runAllTicks();
    await Promise.resolve();
    await Promise.resolve();
    expect(failing.toasts()[0]?.state).toBe('cancel-failed');
    failing.controller.dispose();

    const left = scheduled(async () => ({ mailId: 'd' }));
    vi.advanceTimersByTime(9_999);
    expect(left.toasts()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(left.toasts()).toHaveLength(0);
    // Dismissing never unschedules: the message stays in the outbox.
    expect(left.outbox.getSnapshot().filter((i) => i.kind === 'scheduled')).toHaveLength(2);
    left.controller.dispose();
  });
});
