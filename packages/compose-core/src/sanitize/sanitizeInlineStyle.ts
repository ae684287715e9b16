import { classifyImageUrl } from './classifyImageUrl';

export interface SanitizedInlineStyle {
  /** The declarations that may stay, `; `-joined; `''` when none. */
  style: string;
  /** Declarations that load remote images and were held back (`allowRemoteImages` false); `''` when none. */
  blockedStyle: string;
  /** Whether any declaration referenced a remote image (kept or blocked). */
  hasRemoteContent: boolean;
}

// Properties a mail must never set: they break out of the message pane or run code (old IE/Firefox).
const FORBIDDEN_PROPERTIES = new Set(['z-index', 'behavior', '-ms-behavior', '-moz-binding']);
// Functions that load or execute something other than through a `url()` we can inspect.
const FORBIDDEN_VALUE = /expression\s*\(|javascript:|vbscript:|image-set\s*\(|(?:^|[^\w-])src\s*\(|@import|[<>]/i;
const URL_FUNCTION = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;
const PROPERTY_NAME = /^-{0,2}[a-z][a-z0-9-]*$/;

/**
 * Filters an inline `style` attribute declaration by declaration. Escapes and comments are resolved before
 * checking, so `expr\65 ssion(` or `url/**\/(` cannot slip through; a kept declaration keeps its original text.
 */
export function sanitizeInlineStyle(
  style: string,
  options: { allowRemoteImages?: boolean } = {},
): SanitizedInlineStyle {
  const kept: string[] = [];
  const blocked: string[] = [];
  let hasRemoteContent = false;
  for (const declaration of splitDeclarations(style)) {
    const colon = declaration.indexOf(':');
    if (colon < 1) continue;
    const property = decodeCssEscapes(declaration.slice(0, colon)).trim().toLowerCase();
    const value = decodeCssEscapes(declaration.slice(colon + 1)).trim();
    if (!PROPERTY_NAME.test(property) || FORBIDDEN_PROPERTIES.has(property)) continue;
    if (property === 'position' && /fixed|absolute|sticky/i.test(value)) continue;
    if (FORBIDDEN_VALUE.test(value)) continue;
    const urls = urlsIn(value);
    if (urls === undefined) continue;
    const kinds = urls.map(classifyImageUrl);
    if (kinds.includes('unsafe')) continue;
    if (kinds.includes('remote')) {
      hasRemoteContent = true;
      if (!options.allowRemoteImages) {
        blocked.push(declaration.trim());
        continue;
      }
    }
    kept.push(declaration.trim());
  }
  return { style: kept.join('; '), blockedStyle: blocked.join('; '), hasRemoteContent };
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
