import { bodyPartsOf } from '../quote/bodyParts';
import { producedFacts } from '../sanitize/producedHtml';
import { rememberPerQuote, splitAtLongQuotes } from '../quote/longQuotedBlocks';
import { forEachCidReference } from './forEachCidReference';

function cidsIn(html: string): string[] {
  if (!/cid:/i.test(html)) return [];
  const ids: string[] = [];
  forEachCidReference(new DOMParser().parseFromString(html, 'text/html'), (id) => {
    ids.push(id);
    return undefined;
  });
  return ids;
}

const cidsInQuote = rememberPerQuote(cidsIn);

/** The content ids (without `<>`) an HTML body refers to with `cid:`, in order of first appearance. A long quoted
 * original is parsed once, not on every save. */
export function extractCids(html: string): Set<string> {
  // A long quote from the sanitizer: its references were found as it was sanitized.
  const produced = producedFacts(html)?.cids;
  if (produced) return new Set(produced);
  const ids = new Set<string>();
  // A body the composer joined is not read whole (its quote is looked up, not scanned).
  if (!bodyPartsOf(html) && !/cid:/i.test(html)) return ids;
  for (const part of splitAtLongQuotes(html)) {
    for (const id of part.quoted ? cidsInQuote(part.html) : cidsIn(part.html)) ids.add(id);
  }
  return ids;
}
