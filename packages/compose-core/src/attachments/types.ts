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
  /**
   * Where each added file is kept until the draft is gone (the session's journal), dropped when removed, and read back
   * by a view that takes over an upload another view left unfinished.
   */
  files?: {
    /** A rejection (storage full or blocked) marks the part `notKept`: only this tab has its file until it is up. */
    keep(localId: string, file: Blob): Promise<void> | void;
    drop(localId: string): void;
    get?(localId: string): Promise<Blob | undefined>;
  };
  /**
   * The other views of this draft on this device (tabs): one of them uploads each part, the one holding its lock. The
   * others show it on its way, and take the upload over when that view goes (closed, crashed) without finishing it.
   */
  views?: {
    locks: PartLocks;
    /** Resolves once this view's list is where the other views read it (its journal entry). */
    recorded(): Promise<void>;
    /** Whether the journal still lists the part on its way (the view uploading it went without finishing). */
    unfinished(localId: string): Promise<boolean>;
  };
}

/** The part of the Web Locks API (`navigator.locks`) the queue uses; a lock is held until the callback's promise ends. */
export interface PartLocks {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}
