'use client';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { UndoableSend } from '@inkwell/compose-core';
import { useSendOutbox } from '../provider/useSendOutbox';
import { msUntilNextSecond, secondsLeft } from './now-ticker';
import { useOutboxItems } from './useOutboxItems';

export interface PendingUndo extends UndoableSend {
  /** Whole seconds until the server's undo window closes; ticks once per second. */
  secondsLeft: number;
}

export interface UseUndoSendOptions {
  /** Clock in epoch ms; must match the outbox's clock. @default Date.now */
  now?: () => number;
}

export interface UseUndoSendResult {
  /** Sends that can still be pulled back, oldest first. Items leave the list when their window closes. */
  items: PendingUndo[];
  /**
   * Pulls a send back; resolves with the draft's mail id (to reopen it), rejects with an `OutboxError`
   * (`undo-expired`) when it is too late.
   */
  undo: (id: string) => Promise<{ mailId?: string }>;
  /** Lets the message go now and drops its toast ("Dismiss"). */
  dismiss: (id: string) => void;
}

/** Undoable sends of the provider's outbox, including those of compose views that have since closed. */
export function useUndoSend(options: UseUndoSendOptions = {}): UseUndoSendResult {
  const now = options.now ?? Date.now;
  const outbox = useSendOutbox();
  const all = useOutboxItems(outbox);
  // A re-render is all a tick needs: the seconds are computed from the clock during render.
  const [tick, rerender] = useReducer((n: number) => n + 1, 0);
  const undoables = useMemo(() => all.filter((item): item is UndoableSend => item.kind === 'undoable'), [all]);

  useEffect(() => {
    const delay = msUntilNextSecond(
      undoables.map((item) => item.deadline),
      now(),
    );
    if (delay === undefined) return;
    const timer = setTimeout(rerender, delay);
    return () => clearTimeout(timer);
  }, [undoables, now, tick]);

  const undo = useCallback((id: string) => outbox.undo(id), [outbox]);
  const dismiss = useCallback((id: string) => outbox.expire(id), [outbox]);
  const current = now();
  const items = undoables
    .filter((item) => item.deadline > current)
    .map((item) => ({ ...item, secondsLeft: secondsLeft(item.deadline, current) }));
  return { items, undo, dismiss };
}
