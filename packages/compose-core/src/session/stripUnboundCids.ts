import { extractCids } from '../cid/extractCids';

/**
 * Removes images whose `cid:` source is not among `bound` (an inline image still uploading, or one whose upload
 * failed), so the saved HTML never refers to a part the server does not have. The local draft keeps them.
 */
export function stripUnboundCids(html: string, bound: ReadonlySet<string>): string {
  const referenced = [...extractCids(html)];
  if (referenced.every((cid) => bound.has(cid))) return html;
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
