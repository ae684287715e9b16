import type { AxigenClient } from '@inkwell/axigen-client';
import { isNotFound, isTransient, mayHaveHappened } from '../session/describeError';
import { findInFolder, folderId } from '../session/serverLookup';
import { setLongTimeout } from './longTimeout';
import {
  OutboxError,
  type OutboxItem,
  type OutboxSettledEvent,
  type ScheduledSend,
  type SendOutbox,
  type SendOutboxOptions,
  type UndoableSend,
} from './types';

/**
 * A framework-free store of pending sends, in the manner of React Stately's ToastQueue: the undo window of a sent
 * message keeps running (and stays undoable from a toast) after its compose view has closed.
 *
 * There is deliberately no `pause()`: the server's 10 s window does not stop while a toast is hovered, so pausing
 * the countdown would promise an undo the server will refuse.
 */
export function createSendOutbox({ client, now = Date.now }: SendOutboxOptions): SendOutbox {
  let items: readonly OutboxItem[] = [];
  const timers = new Map<string, () => void>();
  const listeners = new Set<() => void>();
  const settledListeners = new Set<(event: OutboxSettledEvent) => void>();

  const commit = (next: readonly OutboxItem[]) => {
    items = next;
    for (const listener of [...listeners]) listener();
  };
  const find = (id: string) => items.find((item) => item.id === id);
  const replace = (item: OutboxItem) => commit(items.map((i) => (i.id === item.id ? item : i)));
  const drop = (id: string) => {
    timers.get(id)?.();
    timers.delete(id);
    commit(items.filter((i) => i.id !== id));
  };
  const emit = (event: OutboxSettledEvent) => {
    for (const listener of [...settledListeners]) listener(event);
  };

  const undone = (item: UndoableSend, draftMailId: string | undefined) => {
    drop(item.id);
    emit({ type: 'undone', item, draftMailId });
    return draftMailId === undefined ? {} : { mailId: draftMailId };
  };

  /** The draft an undo made: the Sent copy moved to Drafts, or one rebuilt from the queued message. */
  const findUndoneDraft = async (item: UndoableSend, startedAt: number) => {
    if (item.mailId !== undefined) {
      try {
        const copy = await client.getMail(item.mailId);
        const drafts = await folderId(client, 'drafts');
        // Still in Sent: not undone. Moved with its id kept: that is the draft.
        return copy.isDraft || copy.folderId === drafts ? copy : undefined;
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    if (!item.fingerprint) return undefined;
    // The Sent copy's date is the send's, up to the whole window before the undo.
    return findInFolder(client, 'drafts', item.fingerprint, { since: startedAt - 15_000 });
  };

  const expire = (id: string) => {
    const item = find(id);
    if (!item) return;
    // An undo in flight decides the item's fate itself.
    if (item.kind === 'undoable' && item.status === 'undoing') return;
    drop(id);
    emit({ type: 'expired', item });
  };

  const cancelSchedule = async (id: string) => {
    const item = find(id);
    if (!item || item.kind !== 'scheduled') {
      throw new OutboxError('not-found', 'There is no scheduled message with this id.');
    }
    const cancelling: ScheduledSend = { ...item, status: 'cancelling' };
    replace(cancelling);
    try {
      const result = await client.cancelScheduledSend(item.mailId);
      drop(id);
      emit({ type: 'cancelled', item: cancelling, draftMailId: result.mailId });
      return { mailId: result.mailId };
    } catch (error) {
      if (find(id)) replace(item);
      throw new OutboxError('cancel-failed', 'Could not cancel the scheduled message.', error);
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => items,
    add(input) {
      const item: OutboxItem =
        input.kind === 'undoable'
          ? { ...input, id: `undo:${input.processingId}`, status: 'pending' }
          : { ...input, id: `scheduled:${input.mailId}`, status: 'pending' };
      if (find(item.id)) drop(item.id);
      commit([...items, item]);
      if (item.kind === 'undoable') {
        timers.set(
          item.id,
          setLongTimeout(() => expire(item.id), item.deadline, now),
        );
      } else if (item.deliveryTime !== undefined) {
        // Delivered (or at least due) then: the item no longer needs a cancel button.
        timers.set(
          item.id,
          setLongTimeout(() => expire(item.id), item.deliveryTime * 1000, now),
        );
      }
      return item;
    },
    async undo(id) {
      const item = find(id);
      if (!item || item.kind !== 'undoable') {
        throw new OutboxError('not-found', 'There is no message waiting to be undone.');
      }
      if (item.status === 'undoing') throw new OutboxError('undo-failed', 'Undo is already in progress.');
      if (now() >= item.deadline) {
        expire(id);
        throw new OutboxError('undo-expired', 'Too late to undo: the message has been sent.');
      }
      const undoing: UndoableSend = { ...item, status: 'undoing' };
      replace(undoing);
      const startedAt = now();
      const args =
        item.mailId === undefined
          ? { processingId: item.processingId }
          : { processingId: item.processingId, mailId: item.mailId };
      for (let attempt = 0; ; attempt += 1) {
        let failure: unknown;
        try {
          const result = await client.undoSend(args);
          return undone(undoing, result.mailId);
        } catch (error) {
          failure = error;
        }
        // An undo whose answer was lost (or a repeat the server no longer knows) may have worked: look for its draft.
        if (mayHaveHappened(failure) || isNotFound(failure)) {
          const draft = await findUndoneDraft(undoing, startedAt).catch(() => undefined);
          if (draft) return undone(undoing, draft.id);
        }
        const retryIn = Math.min(2000, 250 * 2 ** attempt);
        if (isTransient(failure) && now() + retryIn < item.deadline) {
          await new Promise((resolve) => setTimeout(resolve, retryIn));
          continue;
        }
        drop(id);
        emit({ type: 'expired', item: undoing });
        if (mayHaveHappened(failure)) {
          throw new OutboxError(
            'undo-failed',
            'The server could not be reached in time to undo: the message may have been sent. Look in Sent.',
            failure,
          );
        }
        // The server refused (window over, or unknown processing id): the message is on its way.
        throw new OutboxError('undo-expired', 'Too late to undo: the message has been sent.', failure);
      }
    },
    cancelSchedule,
    cancelScheduledMail(mailId) {
      // The id `add` gives a scheduled item.
      const id = `scheduled:${mailId}`;
      return find(id) ? cancelSchedule(id) : client.cancelScheduledSend(mailId);
    },
    expire,
    reconciled(draftMailId, verdict) {
      emit({ type: 'reconciled', draftMailId, verdict });
    },
    onSettled(listener) {
      settledListeners.add(listener);
      return () => settledListeners.delete(listener);
    },
    dispose() {
      for (const cancel of timers.values()) cancel();
      timers.clear();
      listeners.clear();
      settledListeners.clear();
      items = [];
    },
  };
}

const defaults = new WeakMap<AxigenClient, SendOutbox>();

/** The module-level outbox for a client: every session of that client shares it unless given another. */
export function getDefaultOutbox(client: AxigenClient): SendOutbox {
  let outbox = defaults.get(client);
  if (!outbox) {
    outbox = createSendOutbox({ client });
    defaults.set(client, outbox);
  }
  return outbox;
}
