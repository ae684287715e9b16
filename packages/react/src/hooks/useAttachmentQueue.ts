'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { AddAttachmentOptions, AttachmentQueue, DraftAttachment } from '@inkwell/compose-core';

export interface UseAttachmentQueueResult {
  /** The attachments in the user's order, with upload state and progress. */
  items: readonly DraftAttachment[];
  add: (file: File | Blob, options?: AddAttachmentOptions) => DraftAttachment;
  remove: (localId: string) => void;
  retry: (localId: string) => void;
  cancel: (localId: string) => void;
  setInline: (localId: string, inline: boolean) => void;
  previewUrl: (localId: string) => string | undefined;
}

const none: readonly DraftAttachment[] = [];
const noQueue = () => {
  throw new Error('useAttachmentQueue: there is no attachment queue yet (the compose session is not ready).');
};
const noop = () => {};

/** Binds an `AttachmentQueue` (a compose session's `attachments`); an absent queue reads as empty. */
export function useAttachmentQueue(queue: AttachmentQueue | null | undefined): UseAttachmentQueueResult {
  // Wrapped rather than passed as-is: a queue implemented as a class would lose `this`.
  const subscribe = useCallback((listener: () => void) => (queue ? queue.subscribe(listener) : noop), [queue]);
  const getSnapshot = useCallback(() => (queue ? queue.getSnapshot() : none), [queue]);
  const items = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const add = useCallback(
    (file: File | Blob, options?: AddAttachmentOptions) => (queue ? queue.add(file, options) : noQueue()),
    [queue],
  );
  const remove = useCallback((localId: string) => (queue ? queue.remove(localId) : noQueue()), [queue]);
  const retry = useCallback((localId: string) => (queue ? queue.retry(localId) : noQueue()), [queue]);
  const cancel = useCallback((localId: string) => (queue ? queue.cancel(localId) : noQueue()), [queue]);
  const setInline = useCallback(
    (localId: string, inline: boolean) => (queue ? queue.setInline(localId, inline) : noQueue()),
    [queue],
  );
  const previewUrl = useCallback((localId: string) => queue?.previewUrl(localId), [queue]);
  return { items, add, remove, retry, cancel, setInline, previewUrl };
}
