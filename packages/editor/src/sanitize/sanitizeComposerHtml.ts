// Every HTML string that enters the composer passes through here (setContent, paste, drop, quote, signature).
import { sanitizeMailHtml } from '@inkwell/compose-core/sanitize';

/**
 * Sanitizes HTML for the editor: scripts, handlers, unsafe URLs and foreign elements are removed and links get
 * `rel="noopener noreferrer"`. Remote image URLs are kept on purpose: recipients should get them, and the
 * composer's views do not load them until the user allows (see InlineImageView and QuotedOriginalView).
 */
export function sanitizeComposerHtml(html: string): string {
  return sanitizeMailHtml(html, { allowRemoteImages: true }).html;
}
