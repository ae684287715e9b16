// A reopened reply or a prefilled draft carries its quote inside the body HTML. When the quote ends the body, it is
// taken out as a string so it becomes the quote node directly (sanitized once, or not at all when it is the
// sanitizer's own output, e.g. the reply prefill's), instead of going through the body's sanitizing and parsing.
const QUOTE_OPEN = /<blockquote\b[^>]*\bdata-inkwell-quote\b[^>]*>/i;
const ANY_BLOCKQUOTE = /<(\/?)blockquote\b[^>]*>/gi;
const CLOSE = '</blockquote>';
// What may follow the quote: the empty paragraph the editor keeps for the caret, white space.
const TRAILING = [/\s+$/, /<p>(?:<br\s*\/?>)?<\/p>$/i, /<p\s[^>]*>(?:<br\s*\/?>)?<\/p>$/i];

export interface SplitQuote {
  /** The body before the quote. */
  before: string;
  /** The quote's inner HTML. */
  quote: string;
}

/** The body cut before its quote, when the quote is its last content and its tags balance; else undefined. */
export function splitTrailingQuote(html: string): SplitQuote | undefined {
  const open = QUOTE_OPEN.exec(html);
  if (!open) return undefined;
  let end = html.length;
  for (let trimmed = true; trimmed;) {
    trimmed = false;
    // Only a short tail is examined: the patterns are anchored at its end.
    const tail = html.slice(Math.max(0, end - 64), end);
    for (const pattern of TRAILING) {
      const match = pattern.exec(tail);
      if (match && match[0].length > 0) {
        end -= match[0].length;
        trimmed = true;
        break;
      }
    }
  }
  if (!html.startsWith(CLOSE, end - CLOSE.length)) return undefined;
  const start = open.index + open[0].length;
  const quote = html.slice(start, end - CLOSE.length);
  return balanced(quote) ? { before: html.slice(0, open.index), quote } : undefined;
}

/** Every blockquote in `html` closes inside it, and none closes more than it opened. */
function balanced(html: string): boolean {
  let depth = 0;
  ANY_BLOCKQUOTE.lastIndex = 0;
  for (let tag = ANY_BLOCKQUOTE.exec(html); tag; tag = ANY_BLOCKQUOTE.exec(html)) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
