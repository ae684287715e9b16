// Stories only: an in-memory attachment queue whose uploads stand still, so each upload state can be shown.
import type { AddAttachmentOptions, AttachmentQueue, DraftAttachment } from '@inkwell/compose-core';

export function storyAttachmentQueue(initial: readonly DraftAttachment[] = []): AttachmentQueue {
  let items = initial;
  let n = 0;
  const listeners = new Set<() => void>();
  const set = (next: readonly DraftAttachment[]) => {
    items = next;
    listeners.forEach((listener) => listener());
  };
  const patch = (localId: string, change: Partial<DraftAttachment>) =>
    set(items.map((a) => (a.localId === localId ? { ...a, ...change } : a)));
  return {
    getSnapshot: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(file: File | Blob, options?: AddAttachmentOptions) {
      const entry: DraftAttachment = {
        localId: `story-${++n}`,
        name: file instanceof File ? file.name : 'attachment',
        contentType: file.type,
        size: file.size,
        isInline: options?.inline === true,
        state: 'uploading',
        progress: 0.3,
        ...(options?.inline ? { contentId: `story-${n}@inkwell.test` } : {}),
      };
      set([...items, entry]);
      return entry;
    },
    remove: (localId) => set(items.filter((a) => a.localId !== localId)),
    retry: (localId) => patch(localId, { state: 'uploading', progress: 0.1, error: undefined }),
    cancel: (localId) => patch(localId, { state: 'cancelled', progress: undefined }),
    setInline: (localId, inline) => patch(localId, { isInline: inline }),
    previewUrl: () => undefined,
    byContentId: (contentId) => items.find((a) => a.contentId === contentId),
  };
}
