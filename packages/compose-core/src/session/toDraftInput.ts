import type { ReplaceDraftInput, TempAttachmentRef } from '@inkwell/axigen-client';
import { extractCids } from '../cid/extractCids';
import type { Draft } from '../draft';
import { bodyPlainText } from '../text/bodyPlainText';
import { stripUnboundCids } from './stripUnboundCids';

/**
 * The draft as the server stores it: only uploaded parts go into `temporaryAttachments`, the HTML refers by `cid:`
 * only to those, `isInline` is true only for parts the HTML refers to, and `bodyText` is the plain alternative.
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
    to: draft.to,
    cc: draft.cc,
    bcc: draft.bcc,
    replyTo: draft.replyTo,
    subject: draft.subject,
    importance: draft.importance,
    bodyHtml,
    bodyText: bodyPlainText(bodyHtml),
    temporaryAttachments,
    ...(draft.refw ? { refw: draft.refw } : {}),
  };
}
