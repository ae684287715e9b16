import type { AxigenClient, Recipient } from '@inkwell/axigen-client';
import { parseAddressList } from '@inkwell/axigen-client/addresses';
import { extractCids } from '../cid/extractCids';
import { emptyDraft, type Draft } from '../draft';
import { buildQuotedOriginal } from '../quote/buildQuotedOriginal';
import { replyRecipients } from '../recipients/replyRecipients';
import { sanitizeMailHtml } from '../sanitize/sanitizeMailHtml';
import type { ComposeIdentity, ComposeIntent } from '../session/types';
import { forwardSubject, replySubject } from '../subject/prefixSubject';
import { bindStoredParts, type PartBinding } from './bindStoredParts';
import { loadBody } from './loadBody';
import { newMessagePrefill } from './newMessagePrefill';

export interface Prefill {
  /** The draft without attachments; `bindings` are put into the session's queue. */
  draft: Draft;
  bindings: PartBinding[];
  /** Set when the intent reopens a server mail (draft, scheduled). */
  serverId?: string;
}

export interface PrefillContext {
  client: AxigenClient;
  identity: ComposeIdentity;
  domain: string;
  timeZone?: string;
  locale?: string;
}

/** The blank line the user types into, above a quote. */
const TYPING_LINE = '<p><br></p>';

/** Builds the starting draft for an intent: reply / reply-all / forward prefill, or a reopened draft / scheduled mail. */
export async function loadPrefill(intent: ComposeIntent, ctx: PrefillContext): Promise<Prefill> {
  switch (intent.kind) {
    case 'new':
      return newMessagePrefill(intent, ctx);
    case 'reply':
    case 'replyAll':
    case 'forward':
      return loadRefw(intent.kind, intent.mailId, ctx);
    case 'draft':
    case 'scheduled':
      return reopen(intent.mailId, ctx);
    default:
      intent satisfies never;
      throw new Error('Unknown compose intent');
  }
}

async function loadRefw(kind: 'reply' | 'replyAll' | 'forward', mailId: string, ctx: PrefillContext): Promise<Prefill> {
  const { client, identity } = ctx;
  const mail = await client.getMail(mailId);
  const original = await loadBody(client, mail);
  const mode = kind === 'forward' ? 'forward' : 'reply';
  const quote = buildQuotedOriginal({
    mail,
    html: original,
    mode,
    ...(ctx.locale ? { locale: ctx.locale } : {}),
    ...(ctx.timeZone ? { timeZone: ctx.timeZone } : {}),
  });
  let html = TYPING_LINE + quote;
  let bindings: PartBinding[] = [];
  // Forwards carry every part; replies only the images their quote shows.
  const hasParts = mail.attachments.length > 0 || mail.hasAttachments;
  const needsParts = kind === 'forward' ? hasParts : hasParts && extractCids(original).size > 0;
  if (needsParts) {
    const stored = await client.storeInQueue(mailId);
    const bound = bindStoredParts(html, stored.items, {
      domain: ctx.domain,
      keep: kind === 'forward' ? 'all' : 'referenced',
    });
    html = bound.html;
    bindings = bound.bindings;
    for (const part of bound.unused) client.deleteTemporaryAttachment(part.id).catch(() => undefined);
  }
  const recipients =
    kind === 'forward'
      ? { to: [], cc: [] }
      : replyRecipients(mail, kind === 'replyAll' ? 'replyAll' : 'reply', identity.ownAddresses);
  return {
    draft: emptyDraft({
      from: identity.from,
      to: recipients.to,
      cc: recipients.cc,
      subject: kind === 'forward' ? forwardSubject(mail.subject) : replySubject(mail.subject),
      bodyHtml: html,
      refw: { type: kind === 'forward' ? 'fw' : 're', mailId },
    }),
    bindings,
  };
}

async function reopen(mailId: string, ctx: PrefillContext): Promise<Prefill> {
  const { client, identity } = ctx;
  const mail = await client.getMail(mailId);
  // The user's own draft: keep remote images as they were written, only make it safe to edit.
  const body = sanitizeMailHtml(await loadBody(client, mail), { allowRemoteImages: true }).html;
  let html = body;
  let bindings: PartBinding[] = [];
  if (mail.attachments.length > 0 || mail.hasAttachments) {
    const stored = await client.storeInQueue(mailId);
    const bound = bindStoredParts(html, stored.items, { domain: ctx.domain, keep: 'all' });
    html = bound.html;
    bindings = bound.bindings;
  }
  const from = first(parseAddressList(mail.from)) ?? identity.from;
  // `replyTo` is "Reply-To, else From": only a Reply-To that differs from From was set by the writer.
  const replyTo = mail.replyTo && mail.replyTo !== mail.from ? parseAddressList(mail.replyTo) : [];
  return {
    draft: emptyDraft({
      from,
      to: parseAddressList(mail.to),
      cc: parseAddressList(mail.cc),
      bcc: mail.bcc ? parseAddressList(mail.bcc) : [],
      replyTo,
      subject: mail.subject,
      importance: mail.importance,
      requestReadReceipt: mail.returnReceipt,
      bodyHtml: html,
      ...(mail.refwType && mail.refwMailId ? { refw: { type: mail.refwType, mailId: mail.refwMailId } } : {}),
    }),
    bindings,
    serverId: mail.id,
  };
}

function first(list: Recipient[]): Recipient | undefined {
  return list[0];
}
