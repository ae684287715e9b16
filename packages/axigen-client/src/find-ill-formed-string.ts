// A lone UTF-16 surrogate cannot be encoded as UTF-8: JSON.stringify would emit `\udXXX` and the server, which
// accepts only valid UTF-8 (§1), rejects or mangles it. Every save checks the whole body (a reply's can be a
// megabyte): the native `String.prototype.isWellFormed` (ES2024) scans it many times faster than the expression, which
// stays for older browsers.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;
  return typeof isWellFormed === 'function' ? !isWellFormed.call(text) : LONE_SURROGATE.test(text);
}

/** The path (`subject`, `temporaryAttachments[0].contentId`) of the first string holding a lone surrogate. */
export function findIllFormedString(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findIllFormedString(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findIllFormedString(item, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
