// `cid:` URLs may be percent-encoded (RFC 2392); the queue stores the bare id.
export function contentIdFromSrc(src: string | null | undefined): string | null {
  if (!src || !/^cid:/i.test(src)) return null;
  const raw = src.slice(4).trim();
  try {
    return decodeURIComponent(raw).replace(/^<|>$/g, '');
  } catch {
    return raw.replace(/^<|>$/g, '');
  }
}

export function srcFromContentId(contentId: string): string {
  return `cid:${contentId}`;
}
