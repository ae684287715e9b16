import { extractCids } from '../cid/extractCids';
import { joinBodyParts } from '../quote/bodyParts';
import { rememberPerQuote, splitAtLongQuotes } from '../quote/longQuotedBlocks';

/**
 * Removes images whose `cid:` source is not among `bound` (an inline image still uploading, or one whose upload
 * failed), so the saved HTML never refers to a part the server does not have. The local draft keeps them.
 * Only the parts of the body (typed text, each long quoted block) that refer to an unbound part are parsed.
 */
export function stripUnboundCids(html: string, bound: ReadonlySet<string>): string {
  // The whole body's references come from what is remembered per quote; a part alone would be read for them.
  for (const cid of extractCids(html)) {
    if (bound.has(cid)) continue;
    // Joined again with its parts, so the save's later reads (references, plain text) find the stripped quote by
    // its parts instead of scanning and copying the whole body.
    return joinBodyParts(
      splitAtLongQuotes(html).map((part) => {
        const unbound = [...extractCids(part.html)].filter((cid) => !bound.has(cid));
        if (unbound.length === 0) return part;
        if (!part.quoted) return { ...part, html: strip(part.html, bound) };
        // A quote whose images are not parts of this draft is stripped the same way on every save: once.
        const results = strippedQuotes(part.html);
        const key = unbound.sort().join(' ');
        const stripped = results.get(key) ?? strip(part.html, bound);
        results.set(key, stripped);
        return { ...part, html: stripped };
      }),
    );
  }
  return html;
}

const strippedQuotes = rememberPerQuote(() => new Map<string, string>());

function strip(html: string, bound: ReadonlySet<string>): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(doc.body.querySelectorAll('[src], [background]'))) {
    for (const attr of ['src', 'background'] as const) {
      const value = element.getAttribute(attr);
      if (!value || !/^\s*cid:/i.test(value)) continue;
      const cid = value.trim().slice(4).replace(/^<|>$/g, '');
      if (bound.has(cid)) continue;
      if (attr === 'src' && element.tagName === 'IMG') element.remove();
      else element.removeAttribute(attr);
    }
  }
  return doc.body.innerHTML;
}
