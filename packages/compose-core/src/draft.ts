// The draft model: everything a user has put into a message, as structured values.
import type { Importance, Recipient, RefwLink } from '@inkwell/axigen-client';

/** Where an attachment's bytes are. */
export type AttachmentUploadState = 'queued' | 'uploading' | 'uploaded' | 'failed' | 'cancelled';

export interface DraftAttachment {
  /** Stable client-side id; survives retries and reloads. */
  localId: string;
  name: string;
  contentType: string;
  size: number;
  /** The temporary-attachment queue id, once uploaded (or stored in queue). */
  queueId?: number;
  /** Set for parts the HTML body refers to as `cid:`; without `<` `>`. */
  contentId?: string;
  isInline: boolean;
  state: AttachmentUploadState;
  /** 0..1 while uploading. */
  progress?: number;
  /** Why the upload failed, for the user. */
  error?: string;
  /**
   * This device could not keep the file (storage full or blocked): until it is uploaded, a reload or a crash loses it.
   */
  notKept?: boolean;
}

export interface Draft {
  from?: Recipient;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  replyTo: Recipient[];
  subject: string;
  importance: Importance;
  requestReadReceipt: boolean;
  requestDeliveryReceipt: boolean;
  /** The HTML body, `cid:` sources only for inline parts. */
  bodyHtml: string;
  attachments: DraftAttachment[];
  refw?: RefwLink;
}

export function emptyDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    to: [],
    cc: [],
    bcc: [],
    replyTo: [],
    subject: '',
    importance: 'normal',
    requestReadReceipt: false,
    requestDeliveryReceipt: false,
    bodyHtml: '',
    attachments: [],
    ...overrides,
  };
}
