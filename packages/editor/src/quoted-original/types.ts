import type { AttachmentQueue } from '@inkwell/compose-core';

export interface QuotedOriginalAttributes {
  /** The sanitized original HTML, remote image URLs kept (they are blocked on display, not in what is sent). */
  html: string;
  collapsed: boolean;
  /** Display only: the user allowed remote images in the quote. */
  showImages: boolean;
}

export interface QuotedOriginalOptions {
  /** Resolves the quote's `cid:` images to local previews, for display only. */
  queue: AttachmentQueue | null;
  /**
   * Start collapsed behind the "…" toggle.
   * @default false
   */
  collapsed: boolean;
}
