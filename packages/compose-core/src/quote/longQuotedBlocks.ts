// A reply's quoted original can be a megabyte the user did not type, yet the body is re-read on every change and
// every save. Work over the body is split at its long quoted blocks: the typed parts are processed each time, each
// long block once (remembered by its HTML).
import { quotedBlocks } from '../checks/stripQuotedBlocks';
import { bodyPartsOf } from './bodyParts';

/** Quoted blocks at least this long are processed apart and remembered. */
export const LONG_QUOTE_CHARS = 16 * 1024;

/** The body cut at its long quoted blocks, in document order; `quoted` marks the blocks. */
export function splitAtLongQuotes(html: string): { html: string; quoted: boolean }[] {
  const known = bodyPartsOf(html);
  if (!known) return splitByScanning(html);
  // Joined by the composer: its parts are taken as they are, and only the typed ones are scanned.
  const parts: { html: string; quoted: boolean }[] = [];
  for (const part of known) {
    for (const piece of part.quoted && part.html.length >= LONG_QUOTE_CHARS ? [part] : splitByScanning(part.html)) {
      const last = parts[parts.length - 1];
      if (!piece.quoted && last && !last.quoted)
        parts[parts.length - 1] = { html: last.html + piece.html, quoted: false };
      else parts.push({ html: piece.html, quoted: piece.quoted });
    }
  }
  return parts.length > 0 ? parts : [{ html, quoted: false }];
}

function splitByScanning(html: string): { html: string; quoted: boolean }[] {
  const blocks = quotedBlocks(html).filter((b) => b.end - b.start >= LONG_QUOTE_CHARS);
  if (blocks.length === 0) return [{ html, quoted: false }];
  const parts: { html: string; quoted: boolean }[] = [];
  let from = 0;
  for (const block of blocks) {
    parts.push({ html: html.slice(from, block.start), quoted: false });
    parts.push({ html: html.slice(block.start, block.end), quoted: true });
    from = block.end;
  }
  parts.push({ html: html.slice(from), quoted: false });
  return parts;
}

/** Remembers `compute` for the last few quoted blocks (one per open draft, typically). Looking a block up compares
 * strings, which costs far less than parsing it. */
export function rememberPerQuote<T>(compute: (blockHtml: string) => T, size = 4): (blockHtml: string) => T {
  const remembered = new Map<string, T>();
  return (blockHtml) => {
    if (remembered.has(blockHtml)) return remembered.get(blockHtml) as T;
    const value = compute(blockHtml);
    if (remembered.size >= size) remembered.delete(remembered.keys().next().value as string);
    remembered.set(blockHtml, value);
    return value;
  };
}
