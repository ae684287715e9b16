import { addressParser, decodeWords } from 'postal-mime';

/** Why an entry of an address list cannot be read as exactly one mailbox. */
export type AddressListProblem =
  /** Text with no `@` anywhere (`Jane`). */
  | 'no-address'
  /** A quote, comment, `<` or `[` that is never closed (a line break closes it). */
  | 'unclosed'
  /** A comment inside or glued to the address (`a@(x)b.com`, `a(x)@b.com`). */
  | 'comment-in-address'
  /** Two addresses in one entry (`a@x.com <b@y.com>`, `<a@x> <b@y>`). */
  | 'several-addresses'
  /** Words after the address (`a@x.com John`, `<a@x.com> John`). */
  | 'text-after-address'
  /** An unquoted comma splits a name from its address (`Doe, John <j@x>`): one person or two? */
  | 'comma-in-name'
  /** A `:` or `<`, `>`, `"`, `)` , `]` where none can be. */
  | 'stray-character'
  /** Our reading and postal-mime's address parser disagree about the address. */
  | 'ambiguous';

export interface AddressListEntry {
  /** The entry's own text, trimmed (what the user typed for it). */
  raw: string;
  /** Display name: quoted strings unquoted, encoded words decoded, a trailing comment used when there is no name. */
  name: string;
  /** The addr-spec as written: a quoted local part keeps its quotes, the domain is not mapped; `''` when none. */
  address: string;
  /** Set when the entry is not exactly one mailbox; `address` then is a best guess or `''`. */
  problem?: AddressListProblem;
}

type TokenKind = 'quoted' | 'comment' | 'angle' | 'literal' | 'text' | 'space' | 'colon' | 'separator' | 'stray';

interface Token {
  kind: TokenKind;
  /** Source text, delimiters included. */
  source: string;
  /** Quoted: the unescaped content; comment: the source; angle: the inner text. */
  value: string;
  closed: boolean;
  /** `,` as opposed to `;` or a line break: only a comma can have split a name. */
  comma?: boolean;
}

// Line breaks of every kind end an entry and close whatever is open, so a pasted CR/LF can neither join two
// entries nor hide one inside a quote, a comment or a group name.
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
const SPACE = /[ \t\f\v\u00a0]/;

/**
 * Reads a typed, pasted or received address list into one entry per comma, semicolon or line, never dropping
 * or joining what it cannot read: such an entry carries a `problem`. Group names (`Team:` … `;`, also a pasted
 * `To:` or `mailto:`) are skipped; their members are entries. Each clean entry is cross-checked with postal-mime's
 * address parser (nodemailer's addressparser lineage, with its fixes for quoted `@` and encoded-word addresses).
 */
export function readAddressList(text: string): AddressListEntry[] {
  const segments = splitSegments(tokenize(text));
  const entries: Array<SegmentEntry & { byComma: boolean }> = [];
  for (const { tokens, byComma } of segments) {
    const read = readSegment(stripGroupLabel(tokens));
    // Only the separator after a segment's last entry can be the comma that split a name.
    read.forEach((entry, index) => entries.push({ ...entry, byComma: byComma && index === read.length - 1 }));
  }
  return mergeCommaNames(entries).map(({ raw, name, address, problem }) =>
    problem === undefined ? { raw, name, address } : { raw, name, address, problem },
  );
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const closers: Record<string, string> = { '"': '"', '(': ')', '<': '>', '[': ']' };
  const kinds: Record<string, TokenKind> = { '"': 'quoted', '(': 'comment', '<': 'angle', '[': 'literal' };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (LINE_BREAK.test(ch) || ch === ',' || ch === ';') {
      tokens.push({ kind: 'separator', source: ch, value: ch, closed: true, comma: ch === ',' });
      i++;
    } else if (SPACE.test(ch)) {
      const start = i;
      while (i < text.length && SPACE.test(text[i] ?? '')) i++;
      tokens.push({ kind: 'space', source: text.slice(start, i), value: ' ', closed: true });
    } else if (ch in closers) {
      const { end, value, closed } = readDelimited(text, i, ch, closers[ch] ?? '');
      tokens.push({ kind: kinds[ch] ?? 'text', source: text.slice(i, end), value, closed });
      i = end;
    } else if (ch === ':') {
      tokens.push({ kind: 'colon', source: ch, value: ch, closed: true });
      i++;
    } else if (ch === '>' || ch === ')' || ch === ']') {
      tokens.push({ kind: 'stray', source: ch, value: ch, closed: true });
      i++;
    } else {
      const start = i;
      while (i < text.length && !/[\s,;:"()<>[\]\u0085\u2028\u2029]/.test(text[i] ?? '')) i++;
      tokens.push({ kind: 'text', source: text.slice(start, i), value: text.slice(start, i), closed: true });
    }
  }
  return tokens;
}

/** Reads from an opening delimiter to its closer; quotes and comments honour `\` escapes, comments nest. */
function readDelimited(text: string, start: number, open: string, close: string) {
  let value = '';
  let depth = 0;
  let quote = false;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (LINE_BREAK.test(ch)) return { end: i, value, closed: false };
    if (ch === '\\' && (open === '"' || open === '(' || quote) && i + 1 < text.length) {
      const next = text[i + 1] ?? '';
      if (LINE_BREAK.test(next)) return { end: i + 1, value, closed: false };
      value += open === '"' ? next : ch + next;
      i++;
      continue;
    }
    if (open === '<' && ch === '"') quote = !quote;
    else if (open === '(' && ch === '(') depth++;
    else if (ch === close && !quote) {
      if (depth === 0) return { end: i + 1, value: open === '(' ? text.slice(start, i + 1) : value, closed: true };
      depth--;
    }
    value += ch;
  }
  return { end: text.length, value, closed: false };
}

function splitSegments(tokens: Token[]): Array<{ tokens: Token[]; byComma: boolean }> {
  const segments: Array<{ tokens: Token[]; byComma: boolean }> = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'separator') {
      segments.push({ tokens: current, byComma: token.comma === true });
      current = [];
    } else current.push(token);
  }
  segments.push({ tokens: current, byComma: false });
  return segments;
}

/** Drops a leading `Group name:` (no `@`, no `<` in it), as in `Team: a@x, b@y;`, `To: …` or `mailto:a@x`. */
function stripGroupLabel(tokens: Token[]): Token[] {
  const colon = tokens.findIndex((t) => t.kind === 'colon');
  if (colon < 0) return tokens;
  const label = tokens.slice(0, colon);
  const plain = label.every(
    (t) => t.kind === 'space' || t.kind === 'quoted' || (t.kind === 'text' && !t.value.includes('@')),
  );
  return plain ? tokens.slice(colon + 1) : tokens;
}

type SegmentEntry = AddressListEntry & { hasAngle: boolean; plainPhrase: boolean };

function readSegment(tokens: Token[]): SegmentEntry[] {
  const raw = tokens
    .map((t) => t.source)
    .join('')
    .trim();
  if (tokens.every((t) => t.kind === 'space')) return [];
  const base = { raw, hasAngle: false, plainPhrase: false };
  const fail = (problem: AddressListProblem, name = '', address = ''): SegmentEntry[] => [
    { ...base, name, address, problem },
  ];
  if (tokens.some((t) => !t.closed)) return fail('unclosed', phraseOf(tokens.filter((t) => t.closed)));
  if (tokens.some((t) => t.kind === 'stray' || t.kind === 'colon')) return fail('stray-character');

  const angles = tokens.filter((t) => t.kind === 'angle');
  if (angles.length > 1) return fail('several-addresses');
  if (angles.length === 1) {
    const index = tokens.findIndex((t) => t.kind === 'angle');
    const before = tokens.slice(0, index);
    const after = tokens.slice(index + 1);
    const address = (angles[0]?.value ?? '').trim();
    if (before.some((t) => t.kind === 'text' && t.value.includes('@')) || before.some((t) => t.kind === 'literal')) {
      return fail('several-addresses', '', address);
    }
    if (after.some((t) => t.kind !== 'space' && t.kind !== 'comment')) return fail('text-after-address', '', address);
    if (/[()]/.test(withoutQuoted(address))) return fail('comment-in-address', phraseOf(before), address);
    const name = phraseOf(before) || commentName(after);
    const entry: SegmentEntry = { ...base, name, address, hasAngle: true, plainPhrase: isPlainPhrase(before) };
    return [crossCheck(entry, tokens)];
  }

  const runs = splitRuns(tokens);
  const isAddressRun = (run: Token[]) =>
    run.some((t) => (t.kind === 'text' && t.value.includes('@')) || t.kind === 'literal');
  const addressRuns = runs.filter(isAddressRun);
  if (addressRuns.length === 0) {
    return [
      { ...base, name: phraseOf(tokens), address: '', problem: 'no-address', plainPhrase: isPlainPhrase(tokens) },
    ];
  }
  if (addressRuns.length > 1) {
    // `a@x.com b@y.com`: a list separated by spaces is read as such; anything mixed with words is ambiguous.
    if (runs.every((run) => isAddressRun(run) && !run.some((t) => t.kind === 'comment'))) {
      return addressRuns.map((run) => {
        const address = run.map((t) => t.source).join('');
        return crossCheck({ raw: address, name: '', address, hasAngle: false, plainPhrase: false }, run);
      });
    }
    return fail('several-addresses');
  }
  const addressRun = addressRuns[0] ?? [];
  const position = runs.indexOf(addressRun);
  const address = addressRun.map((t) => t.source).join('');
  if (addressRun.some((t) => t.kind === 'comment' || (t.kind === 'quoted' && !isQuotedLocalPart(addressRun, t)))) {
    return fail(addressRun.some((t) => t.kind === 'comment') ? 'comment-in-address' : 'ambiguous', '', address);
  }
  const trailing = runs.slice(position + 1).flat();
  if (trailing.some((t) => t.kind !== 'comment')) return fail('text-after-address', '', address);
  const leading = tokens.slice(0, tokens.indexOf(addressRun[0] as Token));
  const name = phraseOf(leading) || commentName(trailing);
  return [crossCheck({ ...base, name, address, plainPhrase: isPlainPhrase(leading) }, tokens)];
}

/** A quoted string may only be the whole local part: `"john doe"@x`, not `a"b"@x` or `a@"x"`. */
function isQuotedLocalPart(run: Token[], token: Token): boolean {
  const index = run.indexOf(token);
  const next = run[index + 1];
  return index === 0 && next?.kind === 'text' && next.value.startsWith('@');
}

/** Whitespace-separated runs of tokens (a comment glued to a word belongs to its run). */
function splitRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'space') {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(token);
  }
  if (current.length) runs.push(current);
  return runs;
}

function phraseOf(tokens: Token[]): string {
  const text = tokens
    .map((t) => (t.kind === 'quoted' ? t.value : t.source))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.includes('=?') ? decodeWords(text).trim() : text;
}

/** `a@x.com (Jane)`: the comment names the person when nothing else does. */
function commentName(tokens: Token[]): string {
  const comments = tokens.filter((t) => t.kind === 'comment').map((t) => t.source.slice(1, -1).trim());
  return phraseOf(comments.filter(Boolean).map((value) => ({ kind: 'text', source: value, value, closed: true })));
}

function isPlainPhrase(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind !== 'space') && tokens.every((t) => t.kind === 'space' || t.kind === 'text');
}

function withoutQuoted(address: string): string {
  return address.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

/** postal-mime must find the same single address in the entry; otherwise the entry is ambiguous. */
function crossCheck(entry: SegmentEntry, tokens: Token[]): SegmentEntry {
  // postal-mime reads the `:` of `[IPv6:…]` as a group; a bracketed literal is one token here, so nothing to check.
  if (/@\[[^\]]*\]$/.test(entry.address)) return entry;
  // Nor does it honour quotes inside `<…>`: a quoted local part holding specials is one closed token here.
  const quotedLocal = /^"((?:[^"\\]|\\.)*)"@/.exec(entry.address)?.[1];
  if (quotedLocal !== undefined && /[<>,;:()]/.test(quotedLocal)) return entry;
  const source = tokens.map((t) => t.source).join('');
  const theirs = addressParser(source, { flatten: true });
  const ours = entry.address.replace(
    /^"((?:[^"\\]|\\.)*)"@/,
    (_, local: string) => `${local.replace(/\\(.)/g, '$1')}@`,
  );
  // postal-mime unquotes a quoted local part outside `<…>` and keeps the quotes inside it.
  const address = theirs.length === 1 ? theirs[0]?.address : undefined;
  if (address === ours || address === entry.address) return entry;
  return { ...entry, problem: 'ambiguous' };
}

/**
 * `Doe, John <j@x>`: a comma outside quotes split one name in two. The wordless part before it and the
 * mailbox after it become one entry marked `comma-in-name`, so neither is lost and nothing is sent unseen.
 */
function mergeCommaNames<T extends SegmentEntry & { byComma: boolean }>(entries: T[]): T[] {
  const merged: T[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as T;
    const next = entries[i + 1];
    if (
      entry.problem === 'no-address' &&
      entry.plainPhrase &&
      entry.byComma &&
      next &&
      next.problem === undefined &&
      next.address !== '' &&
      (next.name !== '' || next.hasAngle)
    ) {
      const name = next.name ? `${entry.name}, ${next.name}` : entry.name;
      merged.push({ ...next, raw: `${entry.raw}, ${next.raw}`, name, problem: 'comma-in-name' });
      i++;
    } else merged.push(entry);
  }
  return merged;
}
