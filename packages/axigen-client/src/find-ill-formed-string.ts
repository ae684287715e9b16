// A lone UTF-16 surrogate cannot be encoded as UTF-8: JSON.stringify would emit `\udXXX` and the server, which
// accepts only valid UTF-8 (§1), rejects or mangles it. `String.prototype.isWellFormed` is missing on Node 20.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
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
