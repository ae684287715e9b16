import type { AddAttachmentOptions } from '../attachment-queue-types';
import { generateContentId } from '../cid/generateContentId';
import type { DraftAttachment } from '../draft';
import { describeError } from '../session/describeError';
import { checkAttachmentLimits, DEFAULT_ATTACHMENT_LIMITS } from './checkAttachmentLimits';
import { uploadFailureMessage } from './uploadFailureMessage';
import type { AttachmentQueueOptions, ManagedAttachmentQueue } from './types';

interface Slot {
  entry: DraftAttachment;
  file?: File | Blob;
  controller?: AbortController;
  objectUrl?: string;
  /** This view holds the part's lock (it uploads the part): lets the lock go. */
  release?: () => void;
}

let counter = 0;
function newLocalId(): string {
  counter += 1;
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `att-${counter}-${random}`;
}

const stripBrackets = (cid: string) => cid.replace(/^<|>$/g, '');
const RUNNING_OR_DONE: readonly DraftAttachment['state'][] = ['queued', 'uploading', 'uploaded'];
const ON_ITS_WAY: readonly DraftAttachment['state'][] = ['queued', 'uploading'];
const ignore = () => undefined;

/** A local preview of a file, where the runtime has object URLs. */
const objectUrlOf = (file: Blob): { objectUrl?: string } =>
  typeof URL.createObjectURL === 'function' ? { objectUrl: URL.createObjectURL(file) } : {};

/**
 * The attachment queue of one compose session: uploads to the server's temporary-attachment queue with progress,
 * cancel, retry and delete; enforces size and count limits with a per-file error (the entry stays, `failed`).
 */
export function createAttachmentQueue(options: AttachmentQueueOptions): ManagedAttachmentQueue {
  const { client, domain } = options;
  const limits = { ...DEFAULT_ATTACHMENT_LIMITS, ...options.limits };
  const concurrency = options.concurrency ?? 3;
  const slots = new Map<string, Slot>();
  let order: string[] = [];
  let snapshot: readonly DraftAttachment[] = [];
  const listeners = new Set<() => void>();
  let disposed = false;
  const { views } = options;
  /** Parts whose lock this view asked for and has not had yet. */
  const asking = new Set<string>();
  const ended = new AbortController();

  const publish = () => {
    snapshot = order.flatMap((id) => {
      const slot = slots.get(id);
      return slot ? [slot.entry] : [];
    });
    for (const listener of [...listeners]) listener();
  };
  const patch = (localId: string, changes: Partial<DraftAttachment>) => {
    const slot = slots.get(localId);
    if (!slot) return;
    const entry: DraftAttachment = { ...slot.entry, ...changes };
    for (const key of Object.keys(changes) as (keyof DraftAttachment)[]) {
      if (changes[key] === undefined) delete entry[key];
    }
    slot.entry = entry;
    publish();
  };

  /** Lets the part's lock go once this view's list says what became of the part, which a view given the lock reads. */
  const letGo = (slot: Slot) => {
    const release = slot.release;
    slot.release = undefined;
    if (release) void views?.recorded().then(release, release);
  };

  /**
   * One view of the draft uploads a part: the one holding its lock. Where another view holds it, this one waits; when
   * the lock comes, either that view finished (the journal says so, and its message brings the part) or it went away,
   * and this one uploads the part from its file or the copy kept on this device.
   */
  const claim = (localId: string, wait = false): void => {
    if (!views || asking.has(localId) || slots.get(localId)?.release) return;
    asking.add(localId);
    const waiting = () => {
      const slot = slots.get(localId);
      return slot && !disposed && ON_ITS_WAY.includes(slot.entry.state) && !slot.controller && !slot.release
        ? slot
        : undefined;
    };
    views.locks
      // A wait ends with the view: a closed view leaves no request behind.
      .request(`inkwell-part:${localId}`, wait ? { signal: ended.signal } : { ifAvailable: true }, async (lock) => {
        asking.delete(localId);
        if (!waiting()) return;
        if (!lock) return claim(localId, true);
        if (wait && !(await views.unfinished(localId).catch(ignore))) return;
        const file = waiting()?.file ?? (await options.files?.get?.(localId).catch(ignore));
        const slot = waiting();
        if (!slot) return;
        if (!file) {
          const error = `The upload of ${slot.entry.name} stopped in another tab; add the file again.`;
          patch(localId, { state: 'failed', progress: undefined, error });
          return;
        }
        slot.file = file;
        return new Promise((resolve) => {
          slot.release = () => resolve(undefined);
          if (slot.entry.state !== 'queued') patch(localId, { state: 'queued', progress: undefined });
          pump();
        });
      })
      .catch(() => asking.delete(localId));
  };

  const pump = () => {
    if (disposed) return;
    let running = [...slots.values()].filter((s) => s.entry.state === 'uploading').length;
    for (const id of order) {
      if (running >= concurrency) break;
      const slot = slots.get(id);
      if (slot?.entry.state === 'queued' && slot.file && (!views || slot.release)) {
        running += 1;
        void upload(id, slot);
      }
    }
  };

  const upload = async (localId: string, slot: Slot) => {
    const controller = new AbortController();
    slot.controller = controller;
    const file = slot.file;
    if (!file) return;
    patch(localId, { state: 'uploading', progress: 0, error: undefined });
    try {
      const result = await client.uploadTemporaryAttachments([file], {
        signal: controller.signal,
        onProgress: ({ loaded, total }) => {
          if (slots.get(localId) === slot && total > 0) patch(localId, { progress: Math.min(1, loaded / total) });
        },
      });
      const item = result.items[0];
      if (slots.get(localId) !== slot || controller.signal.aborted) {
        // Removed while the answer was on its way: the part must not linger in the queue.
        if (item) client.deleteTemporaryAttachment(item.id).catch(() => undefined);
        return;
      }
      if (!item) throw new Error('The server accepted the upload but returned no attachment.');
      patch(localId, { state: 'uploaded', queueId: item.id, progress: 1, error: undefined });
    } catch (error) {
      if (slots.get(localId) !== slot) return;
      const info = describeError(error);
      if (controller.signal.aborted || info.aborted) {
        patch(localId, { state: 'cancelled', progress: undefined });
      } else {
        patch(localId, { state: 'failed', progress: undefined, error: uploadFailureMessage(slot.entry.name, error) });
      }
    } finally {
      if (slot.controller === controller) slot.controller = undefined;
      if (!ON_ITS_WAY.includes(slot.entry.state)) letGo(slot);
      pump();
    }
  };

  const insert = (slot: Slot) => {
    slots.set(slot.entry.localId, slot);
    order = [...order, slot.entry.localId];
  };

  const queue: ManagedAttachmentQueue = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(file: File | Blob, addOptions: AddAttachmentOptions = {}) {
      const name = 'name' in file && file.name ? file.name : 'attachment';
      const isInline = addOptions.inline === true;
      const entry: DraftAttachment = {
        localId: newLocalId(),
        name,
        contentType: file.type || 'application/octet-stream',
        size: file.size,
        isInline,
        state: 'queued',
        ...(isInline ? { contentId: stripBrackets(addOptions.contentId ?? generateContentId(domain)) } : {}),
      };
      const limitError = checkAttachmentLimits(name, file.size, snapshot, limits);
      if (limitError) {
        entry.state = 'failed';
        entry.error = limitError;
      }
      insert({ entry, file, ...objectUrlOf(file) });
      if (!limitError && options.files) {
        const { keep } = options.files;
        new Promise<void>((resolve) => resolve(keep(entry.localId, file))).catch(() =>
          patch(entry.localId, { notKept: true }),
        );
      }
      publish();
      claim(entry.localId);
      pump();
      return slots.get(entry.localId)?.entry ?? entry;
    },
    remove(localId) {
      const slot = slots.get(localId);
      if (!slot) return;
      slots.delete(localId);
      order = order.filter((id) => id !== localId);
      if (slot.file) options.files?.drop(localId);
      slot.controller?.abort();
      letGo(slot);
      if (slot.objectUrl) URL.revokeObjectURL(slot.objectUrl);
      if (slot.entry.queueId !== undefined) {
        client.deleteTemporaryAttachment(slot.entry.queueId).catch(() => undefined);
      }
      publish();
      pump();
    },
    retry(localId) {
      const slot = slots.get(localId);
      if (!slot || (slot.entry.state !== 'failed' && slot.entry.state !== 'cancelled')) return;
      if (!slot.file) {
        patch(localId, { error: `${slot.entry.name} is no longer available on this device; add the file again.` });
        return;
      }
      const others = snapshot.filter((a) => a.localId !== localId);
      const limitError = checkAttachmentLimits(slot.entry.name, slot.entry.size, others, limits);
      if (limitError) {
        patch(localId, { state: 'failed', error: limitError });
        return;
      }
      patch(localId, { state: 'queued', error: undefined, progress: undefined });
      claim(localId);
      pump();
    },
    reupload(localIds) {
      for (const localId of localIds) {
        const slot = slots.get(localId);
        if (!slot) continue;
        if (slot.file) {
          patch(localId, { state: 'queued', queueId: undefined, error: undefined, progress: undefined });
          claim(localId);
        } else {
          patch(localId, {
            state: 'failed',
            queueId: undefined,
            progress: undefined,
            error: `The server lost ${slot.entry.name}; add the file again.`,
          });
        }
      }
      pump();
    },
    cancel(localId) {
      const slot = slots.get(localId);
      if (!slot) return;
      if (slot.entry.state === 'queued') {
        patch(localId, { state: 'cancelled' });
        letGo(slot);
      } else if (slot.entry.state === 'uploading') slot.controller?.abort();
    },
    setInline(localId, inline) {
      const slot = slots.get(localId);
      if (!slot || slot.entry.isInline === inline) return;
      patch(localId, { isInline: inline, contentId: slot.entry.contentId ?? generateContentId(domain) });
    },
    previewUrl(localId) {
      const slot = slots.get(localId);
      if (!slot) return undefined;
      if (slot.objectUrl) return slot.objectUrl;
      return slot.entry.queueId === undefined ? undefined : client.temporaryAttachmentUrl(slot.entry.queueId);
    },
    byContentId(contentId) {
      const wanted = stripBrackets(contentId);
      return snapshot.find((a) => a.contentId === wanted);
    },
    hasPending: () => snapshot.some((a) => a.state === 'queued' || a.state === 'uploading'),
    addStored(part, { isInline, contentId }) {
      const cid = contentId ?? (part.contentId ? stripBrackets(part.contentId) : undefined);
      const entry: DraftAttachment = {
        localId: newLocalId(),
        name: part.name,
        contentType: part.contentType,
        size: part.size,
        queueId: part.id,
        isInline,
        state: 'uploaded',
        ...(cid ? { contentId: cid } : {}),
      };
      insert({ entry });
      publish();
      return entry;
    },
    restore(entries, files) {
      for (const saved of entries) {
        const file = files?.get(saved.localId);
        const entry: DraftAttachment = { ...saved };
        delete entry.progress;
        // An upload the page lost runs again from the kept file; without the file, the user adds it again.
        if (saved.state !== 'uploaded') {
          if (!file) {
            entry.state = 'failed';
            entry.error =
              saved.state === 'failed' && saved.error
                ? saved.error
                : `The upload of ${saved.name} was interrupted; add the file again.`;
          } else if (saved.state === 'uploading' && !views) entry.state = 'queued';
        }
        insert({ entry, ...(file ? { file, ...objectUrlOf(file) } : {}) });
      }
      publish();
      // With other views, the part may be uploading in one of them: its lock says.
      for (const { localId, state } of snapshot) if (ON_ITS_WAY.includes(state)) claim(localId);
      pump();
    },
    follow(entries) {
      const before = new Map(slots);
      slots.clear();
      for (const theirs of entries) {
        const mine = before.get(theirs.localId);
        before.delete(theirs.localId);
        // This view holds the file and the other view only saw the part on its way: ours goes on (upload included).
        if (mine?.file && theirs.state !== 'uploaded' && RUNNING_OR_DONE.includes(mine.entry.state)) {
          slots.set(theirs.localId, mine);
          continue;
        }
        mine?.controller?.abort();
        if (mine) letGo(mine);
        const entry: DraftAttachment = { ...theirs };
        delete entry.progress;
        slots.set(theirs.localId, {
          entry,
          ...(mine?.file && { file: mine.file }),
          ...(mine?.objectUrl && { objectUrl: mine.objectUrl }),
        });
      }
      for (const gone of before.values()) {
        gone.controller?.abort();
        letGo(gone);
        if (gone.objectUrl) URL.revokeObjectURL(gone.objectUrl);
      }
      order = entries.map((e) => e.localId);
      publish();
      // A part on its way in the other view: this one takes it over if that view goes without finishing it.
      for (const { localId, state } of snapshot) if (ON_ITS_WAY.includes(state)) claim(localId, true);
      pump();
    },
    clear({ deleteRemote }) {
      for (const slot of slots.values()) {
        slot.controller?.abort();
        letGo(slot);
        if (slot.objectUrl) URL.revokeObjectURL(slot.objectUrl);
        if (deleteRemote && slot.entry.queueId !== undefined) {
          client.deleteTemporaryAttachment(slot.entry.queueId).catch(() => undefined);
        }
      }
      slots.clear();
      order = [];
      publish();
    },
    dispose() {
      disposed = true;
      ended.abort();
      for (const slot of slots.values()) {
        slot.controller?.abort();
        letGo(slot);
        if (slot.objectUrl) URL.revokeObjectURL(slot.objectUrl);
        delete slot.objectUrl;
      }
      listeners.clear();
    },
  };
  return queue;
}
