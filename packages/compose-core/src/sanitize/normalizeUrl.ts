/**
 * What loading a URL would do:
 * - `inline`: the message's own part (`cid:`) or bytes embedded in the URL (`data:image/*`), no network;
 * - `remote`: a fetch from a host named in the URL (`http:`, `https:`, protocol-relative `//`): a tracking risk;
 * - `unsafe`: anything else: script schemes, `data:text/html`, and relative URLs, which would fetch from our own
 *   origin with the user's cookies (a mail has no base URL).
 */
export type ImageUrlKind = 'inline' | 'remote' | 'unsafe';

export interface NormalizedUrl {
  kind: ImageUrlKind;
  /** The value to keep: what the browser itself would read (`''` when `unsafe`). */
  url: string;
}

// What the URL parser removes before parsing: C0 controls and spaces at both ends, tabs and newlines anywhere.
// eslint-disable-next-line no-control-regex -- control characters are what the URL parser strips
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;

/** The value the URL parser actually reads, for an attribute value (entities already decoded) or a CSS url(). */
export function urlParserInput(raw: string): string {
  return raw.replace(EDGES, '').replace(TAB_OR_NEWLINE, '');
}

/**
 * Decides on a resource URL (`src`, `srcset` candidate, `background`, CSS `url()`) as the browser would read it,
 * and returns only that normalized value to keep: a value that is not an absolute URL is unsafe, never relative.
 */
export function normalizeResourceUrl(raw: string): NormalizedUrl {
  const input = urlParserInput(raw);
  const lower = input.toLowerCase();
  if (/^cid:./.test(lower) && parses(input)) return { kind: 'inline', url: input };
  if (/^data:image\/[a-z0-9.+-]+[;,]/.test(lower) && parses(input)) return { kind: 'inline', url: input };
  const web = parseWeb(input);
  return web ? { kind: 'remote', url: web } : { kind: 'unsafe', url: '' };
}

/** A link target (`href`): absolute web, mail and phone links only, normalized; `undefined` for anything else. */
export function normalizeLinkUrl(raw: string): string | undefined {
  const input = urlParserInput(raw);
  if (/^(?:mailto|tel):/i.test(input) && parses(input)) return input;
  // The text as the URL parser reads it (not its serialization), so a link looks as the author wrote it.
  return parseWeb(input) === undefined ? undefined : input;
}

/** `http(s)://…` or `//…` → the serialized URL (`//` kept protocol-relative); `undefined` otherwise. */
function parseWeb(input: string): string | undefined {
  // `\\host` and `/\host` are protocol-relative too: special schemes read `\` as `/`.
  const relativeScheme = /^[\\/]{2}/.test(input);
  let url: URL;
  try {
    url = new URL(relativeScheme ? `https:${input}` : input);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return relativeScheme ? url.href.slice('https:'.length) : url.href;
}

function parses(input: string): boolean {
  try {
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
