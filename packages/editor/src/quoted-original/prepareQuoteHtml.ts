// The quote's HTML on its way into the editor, sanitized exactly once: a result of compose-core's sanitizer (or a
// string that is, by value, one of its recent outputs) is taken as it is; anything else goes through the same path
// as every other incoming HTML. The quote is never parsed into the editor's schema.
import type { SanitizedMailHtml } from '@inkwell/compose-core/sanitize';
import type { Editor } from '@tiptap/core';
import { composerSanitizer } from '../sanitize/composerSanitizer';
import { prepareIncomingHtml } from '../sanitize/prepareIncomingHtml';

// `data:` images still become queue uploads (recipients' clients block them), so such a quote takes the full path.
const DATA_IMAGE = /src\s*=\s*["']?\s*data:/i;

export function prepareQuoteHtml(editor: Editor, quote: string | SanitizedMailHtml): string {
  const { isSanitizedHtmlString, isSanitizedMailHtml, sanitizeMailHtml } = composerSanitizer();
  const html = typeof quote === 'string' ? quote : quote.html;
  const trusted = isSanitizedMailHtml(quote) || isSanitizedHtmlString(html);
  if (DATA_IMAGE.test(html)) return prepareIncomingHtml(editor, html);
  if (trusted) return html;
  // What prepareIncomingHtml does without data: images, keeping the sanitized DOM for the quote's first render.
  return sanitizeMailHtml(html, { allowRemoteImages: true, keepDom: true }).html;
}
