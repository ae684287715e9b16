import type { AttachmentInstance, AxigenClient } from '@inkwell/axigen-client';
import type { AttachmentQueue } from '../attachment-queue-types';
import type { DraftAttachment } from '../draft';
import type { ResolvedAttachmentLimits } from './checkAttachmentLimits';

/** The queue as the session drives it: the editor-facing `AttachmentQueue` plus lifecycle operations. */
export interface ManagedAttachmentQueue extends AttachmentQueue {
  /** Uploads still queued or running: sending waits for them. */
  hasPending(): boolean;
  /** Puts parts copied by Store in Queue into the list as uploaded entries. */
  addStored(part: AttachmentInstance, options: { isInline: boolean; contentId?: string }): DraftAttachment;
  /**
   * Restores a journaled list. An entry whose upload had not finished uploads again when `files` holds its file (kept
   * by the journal), and comes back `failed` otherwise; an uploaded one keeps its file for a retry or a re-upload.
   */
  restore(entries: readonly DraftAttachment[], files?: ReadonlyMap<string, Blob>): void;
  /**
   * The server lost these parts (a restart emptied its queue): parts whose file is still here upload again; the
   * others become `failed` with an error naming the file to add again.
   */
  reupload(localIds: readonly string[]): void;
  /**
   * Takes another view's list of this draft's parts. A part whose file is here and that the other view saw only on
   * its way (queued, uploading, or uploaded here already) stays as it is here, its upload going on; a part on its way
   * in the other view stays on its way (it is uploading there); the rest is theirs.
   */
  follow(entries: readonly DraftAttachment[]): void;
  /** Drops every entry; `deleteRemote` also deletes the queue items on the server. */
  clear(options: { deleteRemote: boolean }): void;
  /** Aborts uploads and revokes preview URLs. */
  dispose(): void;
}

export interface AttachmentQueueOptions {
  client: AxigenClient;
  /** The sender's domain, for generated content ids. */
  domain: string;
  limits?: Partial<ResolvedAttachmentLimits>;
  /** Uploads running at once. @default 3 */
  concurrency?: number;
  /** Where each added file is kept until the draft is gone (the session's journal), and dropped when removed. */
  files?: { keep(localId: string, file: Blob): void; drop(localId: string): void };
}
