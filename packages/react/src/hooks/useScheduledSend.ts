'use client';
import { useCallback, useMemo } from 'react';
import type { ScheduledSend } from '@inkwell/compose-core';
import { useSendOutbox } from '../provider/useSendOutbox';
import { useOutboxItems } from './useOutboxItems';

export interface UseScheduledSendResult {
  /** Sends scheduled from this app, oldest first; `status` is `cancelling` while a cancel runs. */
  items: ScheduledSend[];
  /** Moves the mail back to Drafts; resolves with its draft id, rejects with an `OutboxError` `cancel-failed`. */
  cancel: (id: string) => Promise<{ mailId: string }>;
}

/** Scheduled sends of the provider's outbox, with a cancel for each. */
export function useScheduledSend(): UseScheduledSendResult {
  const outbox = useSendOutbox();
  const all = useOutboxItems(outbox);
  const items = useMemo(() => all.filter((item): item is ScheduledSend => item.kind === 'scheduled'), [all]);
  const cancel = useCallback((id: string) => outbox.cancelSchedule(id), [outbox]);
  return { items, cancel };
}
