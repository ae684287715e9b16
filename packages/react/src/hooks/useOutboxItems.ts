'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { OutboxItem, SendOutbox } from '@inkwell/compose-core';

/** The outbox's pending items, re-rendering when they change. */
export function useOutboxItems(outbox: SendOutbox): readonly OutboxItem[] {
  const subscribe = useCallback((listener: () => void) => outbox.subscribe(listener), [outbox]);
  const getSnapshot = useCallback(() => outbox.getSnapshot(), [outbox]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
