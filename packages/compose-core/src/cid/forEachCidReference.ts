/**
 * Calls `visit` with the content id (without `<>`, percent-decoded) of every `cid:` reference under `root`: `src`,
 * `background`, each `srcset` candidate and CSS `url(cid:…)` in `style`. When `visit` returns a string, the reference
 * is rewritten to `cid:<that>` in place. Each attribute is read once and written once, so a rewrite is never
 * rewritten again (a→b and b→c in one mapping does not turn a into c).
 */
export function forEachCidReference(root: ParentNode, visit: (contentId: string) => string | undefined): void {
  for (const element of Array.from(root.querySelectorAll('[src], [background], [srcset], [style]'))) {
    forEachCidReferenceOf(element, visit);
  }
}

/** `forEachCidReference` for the attributes of one element (not its descendants). */
export function forEachCidReferenceOf(element: Element, visit: (contentId: string) => string | undefined): void {
  for (const name of ['src', 'background'] as const) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const match = /^\s*cid:(.+?)\s*$/is.exec(value);
    const replacement = match?.[1] === undefined ? undefined : visit(contentIdOf(match[1]));
    if (replacement !== undefined) element.setAttribute(name, `cid:${replacement}`);
  }
  rewriteAttribute(element, 'srcset', /(^|[\s,])cid:([^\s,]+)/gi, visit);
  rewriteAttribute(element, 'style', /(url\(\s*["']?\s*)cid:([^"')\s]+)/gi, visit);
}

function rewriteAttribute(
  element: Element,
  name: string,
  pattern: RegExp,
  visit: (contentId: string) => string | undefined,
) {
  const value = element.getAttribute(name);
  if (value === null || !/cid:/i.test(value)) return;
  let changed = false;
  const next = value.replace(pattern, (whole, lead: string, ref: string) => {
    const replacement = visit(contentIdOf(ref));
    if (replacement === undefined) return whole;
    changed = true;
    return `${lead}cid:${replacement}`;
  });
  if (changed) element.setAttribute(name, next);
}

/** RFC 2392: a cid URL is the percent-encoded Content-ID; some senders also keep its `<>`. */
function contentIdOf(reference: string): string {
  let id = reference.trim();
  try {
    id = decodeURIComponent(id);
  } catch {
    // A stray `%`: use the reference as written.
  }
  return id.replace(/^<(.*)>$/s, '$1');
}
