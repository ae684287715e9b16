// The structured message between a payload (or a stored draft) and the MimeComposer.
import type { Importance, RefwType } from '@inkwell/axigen-client';
import type { AccountRecord, MailRecord, OutgoingAttachment, OutgoingMessage } from './types';
import type { Store } from './store';
import type { ComposeFields } from './compose-payload';
import { badRequest } from './errors';
import { base64ToBytes } from './base64';
import { randomToken } from './ids';
import { htmlToText } from './html-to-text';
import { attachmentBytes, formatAddresses, headerValue, isInlinePart, stripAngles, type Email } from './parse-mail';
import { parseAddressList } from '../mime/encode-header';
import { importanceOf, REFW_MAIL_HEADER, REFW_TYPE_HEADER } from './mail-view';

export interface MessageInput {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  text?: string;
  html?: string;
  importance: Importance;
  refw?: { type: RefwType; mailId: string };
  attachments: OutgoingAttachment[];
  readReceipt: boolean;
  deliveryReceipt: boolean;
}

export function defaultFrom(store: Store, account: AccountRecord): string {
  return formatAddresses({ name: account.fullName, address: store.addressOf(account) });
}

/** Resolves `temporaryAttachments` against the caller's queue only; foreign or unknown ids are a 400. */
export function resolveTempAttachments(
  store: Store,
  account: AccountRecord,
  fields: ComposeFields,
): OutgoingAttachment[] {
  const refs = fields.temporaryAttachments ?? [];
  if (refs.length > store.options.maxAttachmentsPerMail) {
    throw badRequest(
      'TOO_MANY_ATTACHMENTS',
      `A mail may carry at most ${store.options.maxAttachmentsPerMail} attachments`,
    );
  }
  const owner = store.addressOf(account);
  return refs.map((ref) => {
    const item = store.state.tempAttachments.find((t) => t.id === ref.id && t.account === owner);
    if (!item) throw badRequest('INVALID_FIELD', `temporaryAttachments: id ${ref.id} is not in your attachment queue`);
    return {
      filename: item.name,
      contentType: item.contentType,
      content: base64ToBytes(item.data),
      contentId: ref.contentId || undefined,
      inline: ref.isInline === true,
    };
  });
}

export function inputFromFields(store: Store, account: AccountRecord, fields: ComposeFields): MessageInput {
  return {
    from: fields.from ?? defaultFrom(store, account),
    to: fields.to ?? '',
    cc: fields.cc ?? '',
    bcc: fields.bcc ?? '',
    replyTo: fields.replyTo ?? '',
    subject: fields.subject ?? '',
    text: fields.bodyText,
    html: fields.bodyHtml,
    importance: fields.importance ?? 'normal',
    refw: fields.refwType && fields.refwMailId ? { type: fields.refwType, mailId: fields.refwMailId } : undefined,
    attachments: resolveTempAttachments(store, account, fields),
    readReceipt: fields.requestReadReceipt === true,
    deliveryReceipt: fields.requestDeliveryReceipt === true,
  };
}

/** A stored message (a draft, a queued message) back into structured form. */
export function inputFromEmail(email: Email): MessageInput {
  const refwType = headerValue(email, REFW_TYPE_HEADER)?.trim();
  const refwMail = headerValue(email, REFW_MAIL_HEADER)?.trim();
  return {
    from: formatAddresses(email.from),
    to: formatAddresses(email.to),
    cc: formatAddresses(email.cc),
    bcc: formatAddresses(email.bcc),
    replyTo: formatAddresses(email.replyTo),
    subject: email.subject ?? '',
    text: email.text,
    html: email.html,
    importance: importanceOf(email),
    refw: (refwType === 're' || refwType === 'fw') && refwMail ? { type: refwType, mailId: refwMail } : undefined,
    attachments: email.attachments.map((a) => ({
      filename: a.filename ?? 'attachment',
      contentType: a.mimeType,
      content: attachmentBytes(a.content),
      contentId: stripAngles(a.contentId) || undefined,
      inline: isInlinePart(a, email.html),
    })),
    readReceipt: headerValue(email, 'disposition-notification-to') !== undefined,
    deliveryReceipt: headerValue(email, 'return-receipt-to') !== undefined,
  };
}

export interface BuildOptions {
  /** Keep the Bcc header (stored copies) or not (delivered messages). */
  keepBcc: boolean;
  /** Keep the X-Inkwell refw headers (stored copies only). */
  keepRefwHeaders: boolean;
  /** Generate text/plain from HTML when there is no text (sent messages). */
  ensureText: boolean;
  messageId?: string;
  /** The mail replied to, for In-Reply-To / References. */
  source?: MailRecord;
  inReplyTo?: string;
  references?: string;
}

export async function buildOutgoing(
  store: Store,
  account: AccountRecord,
  input: MessageInput,
  opts: BuildOptions,
): Promise<OutgoingMessage> {
  const headers: Record<string, string> = {};
  if (input.importance === 'high') Object.assign(headers, { Importance: 'high', 'X-Priority': '1 (Highest)' });
  if (input.importance === 'low') Object.assign(headers, { Importance: 'low', 'X-Priority': '5 (Lowest)' });
  const fromAddress = parseAddressList(input.from)[0]?.address || store.addressOf(account);
  if (input.readReceipt) headers['Disposition-Notification-To'] = fromAddress;
  if (input.deliveryReceipt) headers['Return-Receipt-To'] = fromAddress;
  if (opts.keepRefwHeaders && input.refw) {
    headers[REFW_TYPE_HEADER] = input.refw.type;
    headers[REFW_MAIL_HEADER] = input.refw.mailId;
  }
  let inReplyTo = opts.inReplyTo;
  let references = opts.references;
  if (opts.source && input.refw?.type === 're') {
    const src = await store.parse(opts.source);
    if (src.messageId) {
      inReplyTo = src.messageId;
      references = [src.references, src.messageId].filter(Boolean).join(' ');
    }
  }
  const text = input.text ?? (opts.ensureText ? (input.html !== undefined ? htmlToText(input.html) : '') : undefined);
  return {
    from: input.from || undefined,
    to: input.to || undefined,
    cc: input.cc || undefined,
    bcc: opts.keepBcc ? input.bcc || undefined : undefined,
    replyTo: input.replyTo || undefined,
    subject: input.subject,
    text,
    html: input.html,
    messageId: opts.messageId ?? `<${randomToken(12)}@${account.domain}>`,
    date: new Date(store.now()),
    inReplyTo,
    references: references || undefined,
    headers,
    attachments: input.attachments,
  };
}
