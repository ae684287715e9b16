/** What the composer starts with when there is nothing to start from (`''` or an empty paragraph): nothing to
 * sanitize, so nothing waits for the sanitizer. */
export function isEmptyDocument(html: string): boolean {
  return /^\s*(<p>\s*<\/p>)?\s*$/.test(html);
}
