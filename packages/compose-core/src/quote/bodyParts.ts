// A reply's body is the typed HTML around a quoted original that can be a megabyte. The composer builds it on every
// change by concatenation, which V8 keeps as links to the parts (no copy). The first regular expression or slice
// over the result copies the whole megabyte into one flat string, and the collector then pays for that copy: on every
// keystroke. A body joined here is remembered with its parts, so body scans (checks, journal, save) read the parts
// they need and never flatten the quote.

export interface BodyPart {
  readonly html: string;
  /** A whole top-level quoted block (`<blockquote type="cite" data-inkwell-quote="">…</blockquote>`). */
  readonly quoted: boolean;
}

interface KnownBody {
  readonly body: string;
  readonly parts: readonly BodyPart[];
}

/** One per recent change of each open composer is plenty: a body is looked up right after it is made. */
const KEPT = 8;
const known: KnownBody[] = [];

/** The parts concatenated, remembered with them when one is a quoted block. */
export function joinBodyParts(parts: readonly BodyPart[]): string {
  let body = '';
  for (const part of parts) body += part.html;
  if (parts.some((p) => p.quoted)) {
    known.push({ body, parts: [...parts] });
    if (known.length > KEPT) known.shift();
  }
  return body;
}

/** The parts `body` was joined from, when it came from `joinBodyParts` recently. */
export function bodyPartsOf(body: string): readonly BodyPart[] | undefined {
  // Newest first, and only equal lengths compared: the string just made is found by identity, with no read.
  for (let i = known.length - 1; i >= 0; i--) {
    const entry = known[i] as KnownBody;
    if (entry.body.length === body.length && entry.body === body) return entry.parts;
  }
  return undefined;
}
