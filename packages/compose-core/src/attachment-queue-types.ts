// The attachment queue as the editor and widgets see it. The compose session owns one; the editor binds inline
// images to it, so deleting an image removes its attachment and removing the attachment removes the image.
import type { DraftAttachment } from './draft';

export interface AddAttachmentOptions {
  /** Inline parts get a `contentId` and are referenced from the HTML as `cid:`. */
  inline?: boolean;
  /** For inline parts; generated as `<random>@<sender's domain>` when omitted. */
  contentId?: string;
}

export interface AttachmentQueue {
  /** Current list, in the user's order. */
  getSnapshot(): readonly DraftAttachment[];
  subscribe(listener: () => void): () => void;
  /** Starts uploading at once; the entry appears synchronously in state `queued`/`uploading`. */
  add(file: File | Blob, options?: AddAttachmentOptions): DraftAttachment;
  /** Cancels an upload in flight or deletes the queue item; the entry disappears. */
  remove(localId: string): void;
  retry(localId: string): void;
  cancel(localId: string): void;
  /** Turns an inline image into a regular attachment and back (keeps its `contentId`). */
  setInline(localId: string, inline: boolean): void;
  /** A URL the composer can show: the local file's object URL while it exists, else the queue item's URL. */
  previewUrl(localId: string): string | undefined;
  /** Finds an entry by `contentId` (for `cid:` images loaded from HTML). */
  byContentId(contentId: string): DraftAttachment | undefined;
}
