// The shape of a seeded mail, and turning it into a stored record with the portable composer.
import type { MailRecord, OutgoingAttachment } from '../core/types';
import { base64ToBytes } from '../core/base64';
import { buildMime } from '../mime/compose-portable';

export interface SeedMail {
  folder: 'inbox' | 'drafts' | 'sent' | 'trash' | 'scheduled';
  from: string;
  to?: string;
  cc?: string;
  bcc?: string;
  subject: string;
  text?: string;
  html?: string;
  /** Unix seconds. */
  date: number;
  /** Local part; the domain is added. */
  id: string;
  inReplyTo?: string;
  references?: string;
  unread?: boolean;
  flagged?: boolean;
  refwFlags?: MailRecord['refwFlags'];
  headers?: Record<string, string>;
  attachments?: {
    filename: string;
    contentType: string;
    base64?: string;
    text?: string;
    contentId?: string;
    inline?: boolean;
  }[];
}

export function seedRaw(mail: SeedMail): string {
  const attachments: OutgoingAttachment[] = (mail.attachments ?? []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: a.base64 !== undefined ? base64ToBytes(a.base64) : new TextEncoder().encode(a.text ?? ''),
    contentId: a.contentId,
    inline: a.inline ?? false,
  }));
  return buildMime({
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    bcc: mail.bcc,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<${mail.id}@inkwell.test>`,
    date: new Date(mail.date * 1000),
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    headers: mail.headers ?? {},
    attachments,
  });
}
