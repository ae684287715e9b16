// The quoted original as shown while composing: sanitized again for display (remote content parked by the
// sanitizer unless the user allowed it), `cid:` images resolved to the queue's local previews.
import type { AttachmentQueue } from '@inkwell/compose-core';
import { sanitizeMailHtml } from '@inkwell/compose-core';
import { contentIdFromSrc } from '../inline-image/contentIdFromSrc';
import { parseInert } from '../sanitize/parseInert';

export interface QuoteDisplay {
  html: string;
  /** The original refers to remote images or backgrounds: offer "Show images". */
  hasRemoteContent: boolean;
}

export function quoteDisplayHtml(html: string, showImages: boolean, queue: AttachmentQueue | null): QuoteDisplay {
  const sanitized = sanitizeMailHtml(html, { allowRemoteImages: showImages });
  if (!/cid:/i.test(sanitized.html)) return sanitized;
  const doc = parseInert(sanitized.html);
  for (const img of doc.body.querySelectorAll('img')) {
    const contentId = contentIdFromSrc(img.getAttribute('src'));
    if (!contentId) continue;
    const entry = queue?.byContentId(contentId);
    const url = entry ? queue?.previewUrl(entry.localId) : undefined;
    if (url) img.setAttribute('src', url);
    else img.removeAttribute('src');
  }
  return { html: doc.body.innerHTML, hasRemoteContent: sanitized.hasRemoteContent };
}
