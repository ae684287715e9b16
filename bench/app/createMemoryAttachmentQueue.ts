// An AttachmentQueue that keeps everything in memory and "uploads" at once: the benchmark measures typing, so no
// network and no upload progress may run during a measurement.
// Type-only, by path: bench/ is no workspace package; these are the pinned interface files.
import type { AddAttachmentOptions, AttachmentQueue } from '../../packages/compose-core/src/attachment-queue-types';
import type { DraftAttachment } from '../../packages/compose-core/src/draft';

export interface MemoryAttachmentQueueOptions {
  /** Domain for generated content ids. */
  senderDomain: string;
  /** Entries present from the start, e.g. the quoted original's inline images. */
  initial?: { file: Blob; name: string; contentId: string }[];
}

export function createMemoryAttachmentQueue({
  senderDomain,
  initial = [],
}: MemoryAttachmentQueueOptions): AttachmentQueue {
  let items: readonly DraftAttachment[] = [];
  const files = new Map<string, Blob>();
  const urls = new Map<string, string>();
  const listeners = new Set<() => void>();
  let counter = 0;

  const emit = () => {
    for (const listener of listeners) listener();
  };
  const update = (localId: string, patch: Partial<DraftAttachment>) => {
    items = items.map((a) => (a.localId === localId ? { ...a, ...patch } : a));
    emit();
  };
  const create = (file: Blob, name: string, options: AddAttachmentOptions): DraftAttachment => {
    counter++;
    const localId = `local-${counter}`;
    const inline = options.inline ?? false;
    const entry: DraftAttachment = {
      localId,
      name,
      contentType: file.type || 'application/octet-stream',
      size: file.size,
      queueId: counter,
      isInline: inline,
      state: 'uploaded',
      ...(inline ? { contentId: options.contentId ?? `bench${counter}@${senderDomain}` } : {}),
    };
    files.set(localId, file);
    // As the real queue does: the preview URL is made when the file is added, not when a view first shows it.
    urls.set(localId, URL.createObjectURL(file));
    items = [...items, entry];
    return entry;
  };
  function remove(localId: string) {
    const url = urls.get(localId);
    if (url) URL.revokeObjectURL(url);
    urls.delete(localId);
    files.delete(localId);
    items = items.filter((a) => a.localId !== localId);
    emit();
  }
  for (const seed of initial) create(seed.file, seed.name, { inline: true, contentId: seed.contentId });

  return {
    getSnapshot: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(file, options = {}) {
      const entry = create(file, file instanceof File ? file.name : 'pasted-image', options);
      emit();
      return entry;
    },
    remove,
    retry: (localId) => update(localId, { state: 'uploaded', error: undefined }),
    cancel: remove,
    setInline(localId, inline) {
      const current = items.find((a) => a.localId === localId);
      if (!current) return;
      update(localId, {
        isInline: inline,
        contentId: current.contentId ?? (inline ? `bench${current.queueId}@${senderDomain}` : undefined),
      });
    },
    previewUrl(localId) {
      return urls.get(localId);
    },
    byContentId: (contentId) => items.find((a) => a.contentId === contentId),
  };
}
