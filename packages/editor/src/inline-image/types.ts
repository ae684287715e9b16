import type { AttachmentQueue } from '@inkwell/compose-core';

export interface LargeImageInfo {
  name: string;
  width: number;
  height: number;
  size: number;
  /** The longest side the image would be scaled down to. */
  maxDimension: number;
}

export interface InlineImageOptions {
  /** Where inline parts are uploaded; the editor and the queue stay in sync both ways. */
  queue: AttachmentQueue | null;
  /** The sender's domain, for `<random>@<domain>` content ids; a function when the sender can change. */
  senderDomain: string | (() => string);
  /**
   * Show remote (`https:`) images in the body at once. Off by default: nothing is fetched while composing until
   * the user asks.
   * @default false
   */
  allowRemoteImages: boolean;
  /**
   * Asked before uploading an image whose longest side exceeds `maxDimension`; return true to scale it down.
   * Without it images are uploaded as they are.
   */
  onLargeImage?: (info: LargeImageInfo) => boolean | Promise<boolean>;
  /** @default 1600 */
  maxDimension: number;
}

export interface InlineImageStorage {
  /** Content id of each pasted `data:` image, by hash of its bytes: identical images are uploaded once. */
  contentIdByHash: Map<string, string>;
  /** Bytes of images added in this session, so undoing a delete can upload them again. */
  blobByContentId: Map<string, Blob>;
  /** Bytes being read back from the preview of a deleted image this session did not upload (a reopened draft). */
  pendingBytes: Map<string, Promise<void>>;
  /** Set while a command changes the queue and the document itself, so the queue listener does not do it twice. */
  muteQueueSync: boolean;
}

export interface InlineImageAttributes {
  contentId: string | null;
  /** Remote source, kept as a link and not uploaded. */
  src: string | null;
  alt: string;
  width: number | null;
}
