import type { AttachmentQueue, DraftAttachment } from '@inkwell/compose-core';
import { useCallback, useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/** The queue entry for a content id, re-rendering only when that entry changes. */
export function useQueueEntry(queue: AttachmentQueue | null, contentId: string | null): DraftAttachment | undefined {
  const subscribe = useCallback((listener: () => void) => queue?.subscribe(listener) ?? (() => {}), [queue]);
  const get = useCallback(() => (queue && contentId ? queue.byContentId(contentId) : undefined), [queue, contentId]);
  return useSyncExternalStore(queue ? subscribe : noSubscribe, get, get);
}
