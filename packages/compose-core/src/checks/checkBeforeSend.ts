import type { Draft } from '../draft';
import { stripSubjectPrefixes } from '../subject/prefixSubject';
import { textBlocksOf } from '../text/textBlocksOf';
import { findAttachmentMention } from './findAttachmentMention';
import { isValidEmailAddress } from './isValidEmailAddress';
import { stripQuotedBlocks } from './stripQuotedBlocks';
import { sendCheckMessages, type AddressField } from './sendCheckMessages';

export type SendCheckCode =
  'no-recipients' | 'invalid-address' | 'empty-subject' | 'missing-attachment' | 'uploads-pending' | 'upload-failed';

export interface SendCheck {
  code: SendCheckCode;
  /** Errors block sending; warnings ask the user to confirm. */
  severity: 'error' | 'warning';
  message: string;
  /** The draft field to focus: `to`/`cc`/`bcc`/`replyTo`, `subject`, `body`, `attachments`. */
  field?: string;
  /** For `invalid-address`: the offending address; for `upload-failed`: the attachment's `localId`. */
  value?: string;
}

// What the user did not write in this message: the quoted original, their signature, quotes from other clients.
const NOT_WRITTEN_HERE = '[data-inkwell-quote], [data-inkwell-signature], blockquote[type="cite"]';
const ADDRESS_FIELDS: readonly AddressField[] = ['to', 'cc', 'bcc', 'replyTo'];

/**
 * What to tell the user before a send: errors (no recipient, an invalid address, uploads running or failed) and
 * warnings (empty subject, an attachment mentioned in the body but none attached). Order: recipients, subject,
 * body, attachments. Messages in English or German (`context.locale`); attachment words are found in all the
 * languages `findAttachmentMention` knows, whatever the locale.
 */
export function checkBeforeSend(draft: Draft, context: { locale?: string } = {}): SendCheck[] {
  const messages = sendCheckMessages(context.locale);
  const checks: SendCheck[] = [];

  if (draft.to.length + draft.cc.length + draft.bcc.length === 0) {
    checks.push({ code: 'no-recipients', severity: 'error', message: messages.noRecipients, field: 'to' });
  }
  for (const field of ADDRESS_FIELDS) {
    for (const recipient of draft[field]) {
      if (isValidEmailAddress(recipient.address)) continue;
      checks.push({
        code: 'invalid-address',
        severity: 'error',
        message: messages.invalidAddress(messages.fields[field], recipient.address),
        field,
        value: recipient.address,
      });
    }
  }

  if (stripSubjectPrefixes(draft.subject).trim() === '') {
    checks.push({ code: 'empty-subject', severity: 'warning', message: messages.emptySubject, field: 'subject' });
  }

  const attached = draft.attachments.some((a) => !a.isInline && a.state !== 'cancelled');
  if (!attached) {
    const word = findAttachmentMention(ownText(draft.bodyHtml));
    if (word !== undefined) {
      checks.push({
        code: 'missing-attachment',
        severity: 'warning',
        message: messages.missingAttachment(word),
        field: 'body',
      });
    }
  }

  const pending = draft.attachments.filter((a) => a.state === 'queued' || a.state === 'uploading');
  if (pending.length > 0) {
    checks.push({
      code: 'uploads-pending',
      severity: 'error',
      message: messages.uploadsPending(pending.length),
      field: 'attachments',
    });
  }
  for (const failed of draft.attachments.filter((a) => a.state === 'failed')) {
    checks.push({
      code: 'upload-failed',
      severity: 'error',
      message: messages.uploadFailed(failed.name, failed.error),
      field: 'attachments',
      value: failed.localId,
    });
  }
  return checks;
}

/** The words the user wrote: without quotes and signature, and without link targets. */
function ownText(html: string): string {
  // The quote is cut out as a string first: only what the user wrote is parsed (or trimmed: trimming the whole body
  // would copy a long quote), however long the quote.
  const own = stripQuotedBlocks(html);
  if (own.trim() === '') return '';
  const body = new DOMParser().parseFromString(own, 'text/html').body;
  for (const element of Array.from(body.querySelectorAll(NOT_WRITTEN_HERE))) element.remove();
  // Link targets, being attributes, are not in the text.
  return textBlocksOf(body).join(' ');
}
