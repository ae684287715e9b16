// Projects a stored message onto the reference's Mail and Attachment schema (§4).
import type { AttachmentInstance, Importance, Mail } from '@inkwell/axigen-client';
import type { MailRecord } from './types';
import type { Store } from './store';
import { attachmentBytes, formatAddresses, headerValue, isInlinePart, stripAngles, type Email } from './parse-mail';
import { htmlToText, snippetOf } from './html-to-text';

/** Stored-only headers: the reply/forward link of a draft (reference §3: a reopened draft exposes them). */
export const REFW_TYPE_HEADER = 'X-Inkwell-Refw-Type';
export const REFW_MAIL_HEADER = 'X-Inkwell-Refw-Mail-Id';

export function importanceOf(email: Email): Importance {
  const imp = headerValue(email, 'importance')?.trim().toLowerCase();
  if (imp === 'high' || imp === 'low') return imp;
  const prio = headerValue(email, 'x-priority')?.trim();
  if (prio?.startsWith('1') || prio?.startsWith('2')) return 'high';
  if (prio?.startsWith('4') || prio?.startsWith('5')) return 'low';
  return 'normal';
}

export function attachmentsOf(email: Email, mailId: string): AttachmentInstance[] {
  return email.attachments.map((a, i) => ({
    id: i,
    mailId,
    name: a.filename ?? '',
    contentId: stripAngles(a.contentId),
    contentType: a.mimeType,
    size: attachmentBytes(a.content).byteLength,
    isInline: isInlinePart(a, email.html),
  }));
}

export function textOf(email: Email): string {
  return email.text ?? (email.html ? htmlToText(email.html) : '');
}

export async function toMail(store: Store, mail: MailRecord): Promise<Mail> {
  const email = await store.parse(mail);
  const account = store.accountByName(mail.account);
  const folder = store.folderOf(account, mail.folderId);
  const id = store.idOf(mail);
  const isDraft = folder?.role === 'drafts';
  const from = formatAddresses(email.from);
  const to = formatAddresses(email.to);
  const cc = formatAddresses(email.cc);
  const refwType = headerValue(email, REFW_TYPE_HEADER)?.trim();
  const attachments = attachmentsOf(email, id);
  const view: Mail = {
    id,
    folderId: mail.folderId,
    size: new TextEncoder().encode(mail.raw).byteLength,
    from,
    to,
    cc,
    replyTo: email.replyTo?.length ? formatAddresses(email.replyTo) : from,
    replyToAll: [to, cc].filter(Boolean).join(', '),
    sender: formatAddresses(email.sender),
    messageId: email.messageId ?? '',
    subject: email.subject ?? '',
    snippet: snippetOf(textOf(email)),
    date: String(mail.date),
    isUnread: mail.isUnread,
    isFlagged: mail.isFlagged,
    isDraft,
    isDeleted: false,
    hasAttachments: attachments.some((a) => !a.isInline),
    isItip: email.attachments.some((a) => a.mimeType === 'text/calendar'),
    returnReceipt: headerValue(email, 'disposition-notification-to') !== undefined,
    refwFlags: mail.refwFlags,
    refwType: isDraft && (refwType === 're' || refwType === 'fw') ? refwType : '',
    refwMailId: isDraft && refwType ? (headerValue(email, REFW_MAIL_HEADER)?.trim() ?? '') : '',
    importance: importanceOf(email),
    originalFolderId: '',
    originalMailId: '',
    attachments,
    labelIds: [],
  };
  if (email.bcc?.length) view.bcc = formatAddresses(email.bcc);
  return view;
}
