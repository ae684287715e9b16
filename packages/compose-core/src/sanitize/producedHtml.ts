// The sanitizer's most recent long outputs, by value. Lets a long quote that travelled as a plain string (a draft
// body, a node attribute) skip a second sanitizing pass, and lets body scans step over a known quote instead of
// reading it. No dependencies: the pre-send checks (main entry) use it without loading the sanitizer.
/** What the sanitizer learnt about an output while making it. */
export interface ProducedFacts {
  /** The `cid:` references, in order (long inputs only). */
  readonly cids?: readonly string[];
  /** Whether it refers to any remote image (kept or parked). */
  readonly hasRemoteContent?: boolean;
}

const produced: { html: string; facts: ProducedFacts }[] = [];
const KEPT = 8;
/** Below this, sanitizing or scanning again costs less than remembering. */
export const REMEMBER_FROM_CHARS = 16 * 1024;

/** Remembers a long output, with what the caller found out about it on the way. */
export function rememberProducedHtml(html: string, facts: ProducedFacts = {}): void {
  if (html.length < REMEMBER_FROM_CHARS) return;
  const at = find(html);
  if (at >= 0) produced.splice(at, 1);
  produced.push({ html, facts });
  if (produced.length > KEPT) produced.shift();
}

function find(html: string): number {
  // Comparing with the same string object is immediate; another copy costs one linear compare.
  return produced.findIndex((p) => p.html.length === html.length && p.html === html);
}

/** Whether `html` is, character for character, one of the remembered outputs. */
export function isProducedHtml(html: string): boolean {
  return html.length >= REMEMBER_FROM_CHARS && find(html) >= 0;
}

/** What was found out about a remembered output as it was made (a long quote's `cid:` references, whether it has
 * remote images), so it need not be parsed or walked again for them. */
export function producedFacts(html: string): ProducedFacts | undefined {
  return html.length >= REMEMBER_FROM_CHARS ? produced[find(html)]?.facts : undefined;
}

/**
 * The length of a remembered output that `html` appears to hold from index `at`, or -1: its length, its first and last
 * kilobyte and 64 windows across it match. A fast locator for body scans (finding where a quote ends), not a proof
 * that the text is sanitized: comparing a whole megabyte on every keystroke costs more than reading it for tags.
 */
export function producedHtmlAt(html: string, at: number): number {
  for (const { html: output } of produced) {
    if (at + output.length <= html.length && sameAt(html, at, output)) return output.length;
  }
  return -1;
}

const EDGE = 1024;
const WINDOWS = 64;
const WINDOW = 32;

function sameAt(html: string, at: number, output: string): boolean {
  const { length } = output;
  if (!html.startsWith(output.slice(0, EDGE), at)) return false;
  if (!html.startsWith(output.slice(length - EDGE), at + length - EDGE)) return false;
  const step = Math.floor(length / WINDOWS);
  for (let i = 1; i < WINDOWS; i++) {
    const from = i * step;
    if (!html.startsWith(output.slice(from, from + WINDOW), at + from)) return false;
  }
  return true;
}
