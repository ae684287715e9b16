// The sanitizer's most recent long outputs, by value. Lets a long quote that travelled as a plain string (a draft
// body, a node attribute) skip a second sanitizing pass, and lets body scans step over a known quote instead of
// reading it. No dependencies: the pre-send checks (main entry) use it without loading the sanitizer.
const produced: string[] = [];
const KEPT = 8;
/** Below this, sanitizing or scanning again costs less than remembering. */
const REMEMBER_FROM_CHARS = 16 * 1024;

export function rememberProducedHtml(html: string): void {
  if (html.length < REMEMBER_FROM_CHARS) return;
  const at = produced.indexOf(html);
  if (at >= 0) produced.splice(at, 1);
  produced.push(html);
  if (produced.length > KEPT) produced.shift();
}

/** Whether `html` is, character for character, one of the remembered outputs. */
export function isProducedHtml(html: string): boolean {
  // Comparing with the same string object is immediate; another copy costs one linear compare.
  return html.length >= REMEMBER_FROM_CHARS && produced.includes(html);
}

/** The length of a remembered output that `html` holds from index `at`, or -1. */
export function producedHtmlAt(html: string, at: number): number {
  for (const output of produced) {
    if (html.startsWith(output, at)) return output.length;
  }
  return -1;
}
