/**
 * What loading an image URL would do:
 * - `inline`: the message's own part (`cid:`) or bytes embedded in the URL (`data:image/*`), no network;
 * - `remote`: a fetch from a third party (`http:`, `https:`, protocol-relative `//`): a tracking risk;
 * - `unsafe`: anything else (script schemes, `data:text/html`, relative paths that would hit our own origin
 *   with the user's cookies), which a mail has no business loading.
 */
export type ImageUrlKind = 'inline' | 'remote' | 'unsafe';

export function classifyImageUrl(url: string): ImageUrlKind {
  // Browsers ignore ASCII whitespace and control characters inside a URL's scheme, so must we.
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  if (compact.startsWith('cid:') && compact.length > 4) return 'inline';
  if (/^data:image\/[a-z0-9.+-]+[;,]/.test(compact)) return 'inline';
  if (/^https?:\/\//.test(compact) || compact.startsWith('//')) return 'remote';
  return 'unsafe';
}
