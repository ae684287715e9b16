// `@inkwell/compose-core/sanitize`: making mail HTML safe to show and to edit (DOMPurify, about 11 KB gzip with our
// rules; a long mail goes through the browser's HTML Sanitizer where it has one, docs/decisions/0012). Kept out of
// the main entry: a session never sanitizes a new message; the reply/forward prefill loads it with the rest of
// `/reply`, and the editor imports it for pasted and quoted HTML.
export {
  sanitizeMailHtml,
  REMOTE_ATTRIBUTES,
  isSanitizedMailHtml,
  isSanitizedHtmlString,
  parkRemoteResources,
  takeSanitizedDom,
} from './sanitize/sanitizeMailHtml';
export type { SanitizeMailHtmlOptions, SanitizedDom, SanitizedMailHtml } from './sanitize/sanitizeMailHtml';
export { producedFacts as sanitizedHtmlFacts } from './sanitize/producedHtml';
export type { ProducedFacts as SanitizedHtmlFacts } from './sanitize/producedHtml';
export { sanitizeInlineStyle } from './sanitize/sanitizeInlineStyle';
export type { SanitizedInlineStyle } from './sanitize/sanitizeInlineStyle';
export { classifyImageUrl } from './sanitize/classifyImageUrl';
export type { ImageUrlKind } from './sanitize/classifyImageUrl';
export { normalizeResourceUrl, normalizeLinkUrl } from './sanitize/normalizeUrl';
export type { NormalizedUrl } from './sanitize/normalizeUrl';
