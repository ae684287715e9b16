import { normalizeResourceUrl } from './normalizeUrl';

export interface SanitizedInlineStyle {
  /** The declarations that may stay, `; `-joined; `''` when none. */
  style: string;
  /** Declarations that load remote images and were held back (`allowRemoteImages` false); `''` when none. */
  blockedStyle: string;
  /** Whether any declaration referenced a remote image (kept or blocked). */
  hasRemoteContent: boolean;
}

// Properties a mail must never set: they move content out of its box or over the page, hide it while it is still
// sent, or run code (old IE/Firefox). Offsets are useless once positioning is gone.
const FORBIDDEN_PROPERTIES = new Set([
  ...['z-index', 'behavior', '-ms-behavior', '-moz-binding'],
  ...['top', 'right', 'bottom', 'left', 'inset', 'inset-block', 'inset-block-start', 'inset-block-end'],
  ...['inset-inline', 'inset-inline-start', 'inset-inline-end', 'transform', 'translate', 'rotate', 'scale'],
  ...['clip', 'clip-path', 'mask', 'mask-image', 'mask-position', 'mask-size', 'mask-repeat', 'mask-border'],
]);
const FORBIDDEN_PREFIX = /^(?:--|-(?:webkit|moz|ms|o)-(?:transform|mask|clip-path|box-reflect)|offset)/;
// Properties whose negative (or computed, so possibly negative) values pull content out of its box.
const NO_NEGATIVE = /^(?:-(?:webkit|moz)-)?(?:margin|text-indent)/;
const NEGATIVE_OR_COMPUTED = /(?:^|[\s(,/])-\s*\.?\d|\b(?:calc|min|max|clamp)\s*\(/i;
// Functions that load, compute or execute something other than through a `url()` we can inspect.
const FORBIDDEN_VALUE =
  /expression\s*\(|javascript:|vbscript:|image-set\s*\(|cross-fade\s*\(|element\s*\(|paint\s*\(|(?:^|[^\w-])src\s*\(|\b(?:var|env|attr)\s*\(|@import|[<>{}]/i;
const URL_FUNCTION = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;
const PROPERTY_NAME = /^-{0,2}[a-z][a-z0-9-]*$/;
const IMPORTANT = /!\s*important\s*$/i;

/**
 * Filters an inline `style` attribute declaration by declaration. Escapes and comments are resolved before
 * checking, so `expr\65 ssion(` or `url/**\/(` cannot slip through. A kept declaration keeps its original text,
 * except that one with a `url()` or `!important` is rebuilt from the decoded value: URLs as the browser reads
 * them, normalized, and no `!important` (it would beat the containment stylesheet of the mail view).
 */
export function sanitizeInlineStyle(
  style: string,
  options: { allowRemoteImages?: boolean } = {},
): SanitizedInlineStyle {
  const kept: string[] = [];
  const blocked: string[] = [];
  let hasRemoteContent = false;
  // Declarations written, and those kept exactly as written: when they are the same, the attribute is given back as
  // it came, so a long mail's thousands of styles are not rewritten (each write costs the browser a re-parse).
  let written = 0;
  let keptAsWritten = 0;
  for (const declaration of splitDeclarations(style)) {
    if (declaration.trim() !== '') written++;
    const colon = declaration.indexOf(':');
    if (colon < 1) continue;
    const property = decodeCssEscapes(declaration.slice(0, colon)).trim().toLowerCase();
    const value = decodeCssEscapes(declaration.slice(colon + 1)).trim();
    if (!PROPERTY_NAME.test(property) || FORBIDDEN_PROPERTIES.has(property) || FORBIDDEN_PREFIX.test(property)) {
      continue;
    }
    if (property === 'position' && !/^(?:static|relative)(?:\s*!\s*important)?$/i.test(value)) continue;
    if (NO_NEGATIVE.test(property) && NEGATIVE_OR_COMPUTED.test(value)) continue;
    if (FORBIDDEN_VALUE.test(value)) continue;
    const urls = urlsIn(value);
    if (urls === undefined) continue;
    const normalized = urls.map(normalizeResourceUrl);
    if (normalized.some((n) => n.kind === 'unsafe')) continue;
    let text = declaration.trim();
    if (urls.length > 0 || IMPORTANT.test(value)) {
      const rebuilt = rebuild(
        property,
        value.replace(IMPORTANT, '').trim(),
        normalized.map((n) => n.url),
      );
      if (rebuilt === undefined) continue;
      text = rebuilt;
    }
    if (normalized.some((n) => n.kind === 'remote')) {
      hasRemoteContent = true;
      if (!options.allowRemoteImages) {
        blocked.push(text);
        continue;
      }
    }
    if (text === declaration.trim()) keptAsWritten++;
    kept.push(text);
  }
  // Comments and escapes are resolved for checking: a style holding any is always rebuilt from what was checked.
  if (written > 0 && keptAsWritten === written && !/\/\*|\\/.test(style)) {
    return { style, blockedStyle: '', hasRemoteContent };
  }
  return { style: kept.join('; '), blockedStyle: blocked.join('; '), hasRemoteContent };
}

/**
 * `property: value` from the decoded value with each `url()` replaced by its normalized URL as a CSS string;
 * `undefined` when the rest of the value holds quotes or backslashes that would need escaping again.
 */
function rebuild(property: string, value: string, urls: string[]): string | undefined {
  let index = 0;
  const rest = value.replace(URL_FUNCTION, () => '\uE000');
  if (/["'\\;]/.test(rest)) return undefined;
  const quoted = rest.replace(/\uE000/g, () => {
    const url = urls[index++] ?? '';
    return `url("${url.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}")`;
  });
  return `${property}: ${quoted}`;
}

/** The URLs of every `url()` in a value; `undefined` when a `url(` cannot be parsed (treated as hostile). */
function urlsIn(value: string): string[] | undefined {
  const urls: string[] = [];
  let matchedLength = 0;
  for (const match of value.matchAll(URL_FUNCTION)) {
    urls.push(match[1] ?? match[2] ?? match[3] ?? '');
    matchedLength++;
  }
  const mentions = value.match(/url\s*\(/gi)?.length ?? 0;
  return mentions === matchedLength ? urls : undefined;
}

/** Splits on `;` outside strings and parentheses, dropping comments. */
function splitDeclarations(style: string): string[] {
  const declarations: string[] = [];
  let current = '';
  let quote: string | undefined;
  let depth = 0;
  for (let i = 0; i < style.length; i++) {
    const ch = style[i] ?? '';
    if (quote) {
      current += ch;
      if (ch === '\\') current += style[++i] ?? '';
      else if (ch === quote) quote = undefined;
    } else if (ch === '/' && style[i + 1] === '*') {
      const end = style.indexOf('*/', i + 2);
      i = end === -1 ? style.length : end + 1;
    } else if (ch === '\\') {
      current += ch + (style[++i] ?? '');
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === '(') {
      depth++;
      current += ch;
    } else if (ch === ')') {
      depth = Math.max(0, depth - 1);
      current += ch;
    } else if (ch === ';' && depth === 0) {
      declarations.push(current);
      current = '';
    } else current += ch;
  }
  declarations.push(current);
  return declarations.filter((d) => d.trim() !== '');
}

/** Resolves CSS escapes (`\65 `, `\"`) so the checks see what the browser will see. */
function decodeCssEscapes(text: string): string {
  return text.replace(
    /\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\([^\n])/g,
    (_, hex: string | undefined, char: string | undefined) => {
      if (hex === undefined) return char ?? '';
      const code = Number.parseInt(hex, 16);
      return code === 0 || code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code);
    },
  );
}
