// An in-memory AttachmentQueue for tests and stories. Uploads never finish on their own: the test drives them with
// `progress`, `complete` and `fail`, so every state of the UI can be reached deterministically.
import type { AddAttachmentOptions, AttachmentQueue, DraftAttachment } from '@inkwell/compose-core';

export interface FakeAttachmentQueue extends AttachmentQueue {
  /** Moves an upload to `uploading` with this progress (0..1). */
  progress(localId: string, progress: number): void;
  /** Finishes an upload; the queue id defaults to a counter. */
  complete(localId: string, queueId?: number): void;
  fail(localId: string, error?: string): void;
  /** Puts an entry in place as if restored from a draft (Store in Queue). */
  seed(entry: Partial<DraftAttachment> & Pick<DraftAttachment, 'localId'>, blob?: Blob): void;
  /** Every call made to the mutating methods, in order, for assertions. */
  readonly calls: { method: 'add' | 'remove' | 'retry' | 'cancel' | 'setInline'; localId: string; arg?: unknown }[];
  /** The bytes handed to `add`, by localId. */
  blobOf(localId: string): Blob | undefined;
}

export interface FakeAttachmentQueueOptions {
  /** Complete every upload as soon as it is added. */
  autoComplete?: boolean;
  /** Generates content ids when `add` gets none (the real queue uses the sender's domain). */
  contentIdDomain?: string;
}

export function createFakeAttachmentQueue(options: FakeAttachmentQueueOptions = {}): FakeAttachmentQueue {
  let entries: DraftAttachment[] = [];
  const blobs = new Map<string, Blob>();
  const urls = new Map<string, string>();
  const listeners = new Set<() => void>();
  const calls: FakeAttachmentQueue['calls'] = [];
  let counter = 0;
  let nextQueueId = 100;

  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  const update = (localId: string, patch: Partial<DraftAttachment>) => {
    if (!entries.some((e) => e.localId === localId)) throw new Error(`Unknown attachment ${localId}`);
    entries = entries.map((e) => (e.localId === localId ? { ...e, ...patch } : e));
    emit();
  };
  const objectUrl = (localId: string, blob: Blob) => {
    // jsdom has no URL.createObjectURL; a recognisable fake keeps unit tests honest about what is shown.
    const url = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : `blob:fake/${localId}`;
    urls.set(localId, url);
  };
  const forget = (localId: string) => {
    const url = urls.get(localId);
    if (url && typeof URL.revokeObjectURL === 'function' && !url.startsWith('blob:fake/')) URL.revokeObjectURL(url);
    urls.delete(localId);
    blobs.delete(localId);
    entries = entries.filter((e) => e.localId !== localId);
    emit();
  };

  const queue: FakeAttachmentQueue = {
    calls,
    getSnapshot: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(file: File | Blob, addOptions: AddAttachmentOptions = {}) {
      counter += 1;
      const localId = `local-${counter}`;
      const inline = addOptions.inline ?? false;
      const contentId =
        addOptions.contentId ?? (inline ? `fake${counter}@${options.contentIdDomain ?? 'example.com'}` : undefined);
      const entry: DraftAttachment = {
        localId,
        name: file instanceof File ? file.name : `image-${counter}`,
        contentType: file.type || 'application/octet-stream',
        size: file.size,
        isInline: inline,
        state: 'uploading',
        progress: 0,
        ...(contentId ? { contentId } : {}),
      };
      calls.push({ method: 'add', localId, arg: addOptions });
      blobs.set(localId, file);
      objectUrl(localId, file);
      entries = [...entries, entry];
      emit();
      if (options.autoComplete) queue.complete(localId);
      return entries.find((e) => e.localId === localId) ?? entry;
    },
    remove(localId) {
      calls.push({ method: 'remove', localId });
      if (entries.some((e) => e.localId === localId)) forget(localId);
    },
    retry(localId) {
      calls.push({ method: 'retry', localId });
      update(localId, { state: 'uploading', progress: 0, error: undefined });
      if (options.autoComplete) queue.complete(localId);
    },
    cancel(localId) {
      calls.push({ method: 'cancel', localId });
      if (entries.some((e) => e.localId === localId)) forget(localId);
    },
    setInline(localId, inline) {
      calls.push({ method: 'setInline', localId, arg: inline });
      update(localId, { isInline: inline });
    },
    previewUrl: (localId) => urls.get(localId),
    byContentId: (contentId) => entries.find((e) => e.contentId === contentId),
    progress(localId, progress) {
      update(localId, { state: 'uploading', progress });
    },
    complete(localId, queueId) {
      nextQueueId += 1;
      update(localId, { state: 'uploaded', progress: 1, queueId: queueId ?? nextQueueId });
    },
    fail(localId, error = 'Upload failed') {
      update(localId, { state: 'failed', error });
    },
    seed(entry, blob) {
      const full: DraftAttachment = {
        name: 'restored',
        contentType: blob?.type || 'image/png',
        size: blob?.size ?? 0,
        isInline: false,
        state: 'uploaded',
        ...entry,
      };
      if (blob) {
        blobs.set(full.localId, blob);
        objectUrl(full.localId, blob);
      }
      entries = [...entries, full];
      emit();
    },
    blobOf: (localId) => blobs.get(localId),
  };
  return queue;
}
