/** An entry of the compose payload's `temporaryAttachments` (axigen-api.md §3). */
export interface ComposerTemporaryAttachment {
  /** The temporary-attachment queue id. */
  id: number;
  contentId?: string;
  /** True when `bodyHtml` refers to the part by `cid:`. */
  isInline: boolean;
}

export interface SerializedComposer {
  /** Email-safe HTML: `cid:` (or remote `https:`) image sources only, inline styles, no classes needed. */
  bodyHtml: string;
  /** The text version, computed when first read (apps that only keep `bodyHtml` never pay for it). */
  readonly bodyText: string;
  /** Uploaded parts: the inline ones the HTML refers to (body and quote), and every regular attachment. */
  temporaryAttachments: ComposerTemporaryAttachment[];
  /** Local ids of parts the message needs that are not uploaded yet (or failed): sending now would lose them. */
  pendingAttachments: string[];
  /** `cid:` references in the HTML with no queue entry at all (e.g. a quote whose parts were not stored). */
  unresolvedContentIds: string[];
  /** The user switched to plain text: send `bodyText` only. */
  isPlainText: boolean;
}
