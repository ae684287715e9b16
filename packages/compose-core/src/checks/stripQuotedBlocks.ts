// Cuts quoted originals (`<blockquote type="cite">` / `[data-inkwell-quote]`) out of body HTML as a string, before
// any DOM parsing: the pre-send checks run on every change, and parsing a 1 MB quote per keystroke would make typing
// slow. The HTML is the composer's own sanitized serialization, so `<` in text is always escaped and tags can be
// counted; a malformed remainder only means the caller parses a little more than it needs.
import { bodyPartsOf } from '../quote/bodyParts';
import { producedHtmlAt } from '../sanitize/producedHtml';

const QUOTE_OPEN = /<blockquote\b[^>]*(?:\bdata-inkwell-quote\b|\btype\s*=\s*["']?cite\b)[^>]*>/gi;
const ANY_BLOCKQUOTE = /<(\/?)blockquote\b[^>]*>/gi;

export function stripQuotedBlocks(html: string): string {
  const known = bodyPartsOf(html);
  // Joined by the composer: its quoted parts are left out without reading them (or copying the body).
  if (known) return known.map((part) => (part.quoted ? '' : stripScanning(part.html))).join('');
  return stripScanning(html);
}

function stripScanning(html: string): string {
  let out = '';
  let from = 0;
  for (const block of quotedBlocks(html)) {
    out += html.slice(from, block.start);
    from = block.end;
  }
  return out + html.slice(from);
}

/** Where each top-level quoted block starts and ends (`end` is just after its `</blockquote>`; an unclosed
 * block runs to the end of the HTML). */
export function quotedBlocks(html: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  QUOTE_OPEN.lastIndex = 0;
  for (let open = QUOTE_OPEN.exec(html); open; open = QUOTE_OPEN.exec(html)) {
    const end = knownClose(html, open.index + open[0].length) ?? matchingClose(html, open.index + open[0].length);
    blocks.push({ start: open.index, end: end === -1 ? html.length : end });
    if (end === -1) break;
    QUOTE_OPEN.lastIndex = end;
  }
  return blocks;
}

const CLOSE = '</blockquote>';

/** When the block holds exactly a sanitizer output remembered by value (the composer's quote, serialized as it was
 * sanitized), the index just after its `</blockquote>`: a compare instead of reading a megabyte for nested tags. */
function knownClose(html: string, start: number): number | undefined {
  const length = producedHtmlAt(html, start);
  return length >= 0 && html.startsWith(CLOSE, start + length) ? start + length + CLOSE.length : undefined;
}

/** Index just after the `</blockquote>` that closes a blockquote whose content starts at `start`, or -1. */
function matchingClose(html: string, start: number): number {
  let depth = 1;
  ANY_BLOCKQUOTE.lastIndex = start;
  for (let tag = ANY_BLOCKQUOTE.exec(html); tag; tag = ANY_BLOCKQUOTE.exec(html)) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return -1;
}
