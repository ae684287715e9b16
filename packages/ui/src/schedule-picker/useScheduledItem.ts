'use client';
import type { ScheduledSend } from '@inkwell/compose-core';
import { useScheduledSend } from '@inkwell/react';

/** One scheduled send of the provider's outbox by id (`scheduled:<mailId>`), and its cancel. */
export function useScheduledItem(scheduledId: string): {
  item: ScheduledSend | undefined;
  cancel: () => Promise<{ mailId: string }>;
} {
  const { items, cancel } = useScheduledSend();
  return { item: items.find((item) => item.id === scheduledId), cancel: () => cancel(scheduledId) };
}
