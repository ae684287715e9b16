/**
 * Which engine `sanitizeMailHtml` uses: `auto` takes the browser's HTML Sanitizer (sanitizeNatively) for a long mail
 * where the browser has it and DOMPurify otherwise; tests pin one to run the same corpus through both.
 */
export const sanitizerEngine: { use: 'auto' | 'native' | 'dompurify' } = { use: 'auto' };

// Below this, DOMPurify's walk takes a few milliseconds at most: short mail and pastes keep the one engine.
export const NATIVE_FROM_CHARS = 16 * 1024;

export function prefersNativeSanitizer(html: string): boolean {
  return sanitizerEngine.use === 'native' || (sanitizerEngine.use === 'auto' && html.length >= NATIVE_FROM_CHARS);
}
