/**
 * Reply and forward prefixes as mail clients write them, by language. Stripped (stacked, counted, any case) before
 * one `Re:` or `Fwd:` is added, so a thread does not grow "Re: AW: Re: Fwd:" chains.
 */
const PREFIXES = [
  // English
  'Re',
  'Fw',
  'Fwd',
  // German, Dutch
  'AW',
  'WG',
  'Antw',
  'Antwort',
  'Doorst',
  // Nordic: Swedish/Norwegian/Danish reply, Finnish/Swedish forward, Danish forward, Finnish forward
  'SV',
  'VS',
  'VB',
  'VL',
  // French, Spanish, Italian, Portuguese
  'TR',
  'Réf',
  'Ref',
  'RV',
  'RIF',
  'RES',
  'ENC',
  // Polish, Turkish, Russian, Greek
  'Odp',
  'PD',
  'YNT',
  'İLT',
  'Отв',
  'Пересл',
  'ΑΠ',
  'ΣΧΕΤ',
  'ΠΡΘ',
  // Chinese (simplified, traditional)
  '回复',
  '答复',
  '转发',
  '回覆',
  '轉寄',
  '轉發',
];

// Longest first, so "Fwd" is not read as "Fw" + "d".
const TOKENS = [...PREFIXES].sort((a, b) => b.length - a.length).join('|');
// A prefix: token, optional counter (`[2]`, `(3)`, `^4`), optional spaces, ASCII or full-width colon.
const LEADING_PREFIX = new RegExp(`^\\s*(?:${TOKENS})\\s*(?:\\[\\d+\\]|\\(\\d+\\)|\\^\\d+)?\\s*[:：]\\s*`, 'iu');

/** The subject without any leading reply/forward prefixes; the rest is kept verbatim. */
export function stripSubjectPrefixes(subject: string): string {
  let rest = subject;
  for (let match = LEADING_PREFIX.exec(rest); match; match = LEADING_PREFIX.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return rest.trimStart();
}

/** `Re: <subject>` with exactly one prefix. An empty subject gives `Re:` (no dangling space). */
export function replySubject(subject: string): string {
  return withPrefix('Re:', subject);
}

/** `Fwd: <subject>` with exactly one prefix. An empty subject gives `Fwd:`. */
export function forwardSubject(subject: string): string {
  return withPrefix('Fwd:', subject);
}

function withPrefix(prefix: string, subject: string): string {
  const rest = stripSubjectPrefixes(subject ?? '');
  return rest.trim() === '' ? prefix : `${prefix} ${rest}`;
}
