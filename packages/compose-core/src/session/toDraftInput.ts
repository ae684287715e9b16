import type { Recipient, ReplaceDraftInput, TempAttachmentRef } from '@inkwell/axigen-client';
import { extractCids } from '../cid/extractCids';
import { isValidEmailAddress } from '../checks/isValidEmailAddress';
import type { Draft } from '../draft';
import { bodyPlainText } from '../text/bodyPlainText';
import { stripUnboundCids } from './stripUnboundCids';

/** Recipients the server can take; the others stay in the local draft (shown as invalid) and are not saved. */
export const savableRecipients = (list: readonly Recipient[]): Recipient[] =>
  list.filter((r) => isValidEmailAddress(r.address));

/** Recipients of the draft that cannot be saved on the server (kept locally until fixed). */
export function invalidRecipientsOf(draft: Draft): Recipient[] {
  return [...draft.to, ...draft.cc, ...draft.bcc, ...draft.replyTo].filter((r) => !isValidEmailAddress(r.address));
}

/**
 * The draft as the server stores it: invalid recipients left out (one typo must not block saving the rest), only uploaded parts go into `temporaryAttachments`, the HTML refers by `cid:`
 * only to those, `isInline` is true only for parts the HTML refers to, and `bodyText` is the plain alternative
 * (its converter loaded first: `loadBodyPlainText`).
 */
export function toDraftInput(draft: Draft): ReplaceDraftInput {
  const uploaded = draft.attachments.filter((a) => a.state === 'uploaded' && a.queueId !== undefined);
  const bound = new Set(uploaded.flatMap((a) => (a.isInline && a.contentId ? [a.contentId] : [])));
  const bodyHtml = stripUnboundCids(draft.bodyHtml, bound);
  const referenced = new Set(extractCids(bodyHtml));
  const temporaryAttachments: TempAttachmentRef[] = uploaded.map((a) => {
    const inline = a.isInline && a.contentId !== undefined && referenced.has(a.contentId);
    return inline
      ? { id: a.queueId as number, contentId: a.contentId, isInline: true }
      : { id: a.queueId as number, isInline: false };
  });
  return {
    ...(draft.from ? { from: draft.from } : {}),
    to: savableRecipients(draft.to),
    cc: savableRecipients(draft.cc),
    bcc: savableRecipients(draft.bcc),
    replyTo: savableRecipients(draft.replyTo),
    subject: draft.subject,
    importance: draft.importance,
    bodyHtml,
    bodyText: bodyPlainText(bodyHtml),
    temporaryAttachments,
    ...(draft.refw ? { refw: draft.refw } : {}),
  };
}
