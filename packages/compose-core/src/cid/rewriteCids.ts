import { forEachCidReference } from './forEachCidReference';

const stripBrackets = (id: string) => id.trim().replace(/^<(.*)>$/s, '$1');

/**
 * Points every `cid:` reference (img `src`, `background`, `srcset`, CSS `url(cid:…)`) at a new content id, in one
 * pass. Keys and values may be written with or without `<>`; ids match exactly (they are case-sensitive), the
 * `cid:` scheme in any case. References not in `mapping` are left alone. The HTML is returned untouched when
 * nothing matched, and re-serialized from the DOM otherwise.
 */
export function rewriteCids(html: string, mapping: ReadonlyMap<string, string>): string {
  if (mapping.size === 0 || !/cid:/i.test(html)) return html;
  const lookup = new Map<string, string>();
  for (const [from, to] of mapping) {
    if (stripBrackets(to) === '') throw new RangeError(`rewriteCids: the new content id for "${from}" is empty`);
    lookup.set(stripBrackets(from), stripBrackets(to));
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let changed = false;
  forEachCidReference(doc, (id) => {
    const next = lookup.get(id);
    if (next !== undefined) changed = true;
    return next;
  });
  if (!changed) return html;
  // A whole document stays a whole document; a fragment (the usual body) stays a fragment.
  return /^\s*(?:<!doctype|<html)/i.test(html) ? `<!DOCTYPE html>${doc.documentElement.outerHTML}` : doc.body.innerHTML;
}
