// Every HTML string that enters the composer passes through here (setContent, paste, drop, quote, signature).
import { composerSanitizer } from './composerSanitizer';

/**
 * Sanitizes HTML for the editor: scripts, handlers, unsafe URLs and foreign elements are removed and links get
 * `rel="noopener noreferrer"`. Remote image URLs are kept on purpose: recipients should get them, and the
 * composer's views do not load them until the user allows (see InlineImageView and QuotedOriginalView).
 * The sanitizer loads on demand: await `loadComposerSanitizer()` before the first call.
 */
export function sanitizeComposerHtml(html: string): string {
  return composerSanitizer().sanitizeMailHtml(html, { allowRemoteImages: true }).html;
}
