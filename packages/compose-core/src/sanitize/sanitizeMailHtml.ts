import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { type ImageUrlKind, normalizeLinkUrl, normalizeResourceUrl } from './normalizeUrl';
import { forEachCidReferenceOf } from '../cid/forEachCidReference';
import { isProducedHtml, REMEMBER_FROM_CHARS, rememberProducedHtml } from './producedHtml';
import { sanitizeInlineStyle, type SanitizedInlineStyle } from './sanitizeInlineStyle';
import { prefersNativeSanitizer } from './sanitizerEngine';
import { sanitizeNatively } from './sanitizeNatively';
import { ADD_FORBID_CONTENTS, ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI_REGEXP } from './mailRules';

export interface SanitizeMailHtmlOptions {
  /** Load `http(s)` images, `srcset`, `background=` and CSS backgrounds. Default `false` (tracking pixels). */
  allowRemoteImages?: boolean;
  /**
   * Also keep the sanitized DOM (inert) for one `takeSanitizedDom` of the output: a long quote shown right after is
   * then not parsed a second time. Default `false`.
   */
  keepDom?: boolean;
}

export interface SanitizedMailHtml {
  html: string;
  /** Elements whose remote images were held back (each counted once). */
  blockedRemoteImages: number;
  /** Whether the mail references any remote image, blocked or not: drives a "Load images" prompt. */
  hasRemoteContent: boolean;
}

/** Where a blocked remote resource is parked, so a UI can restore it after the user agrees. */
export const REMOTE_ATTRIBUTES = {
  src: 'data-inkwell-remote-src',
  srcset: 'data-inkwell-remote-srcset',
  background: 'data-inkwell-remote-background',
  style: 'data-inkwell-remote-style',
} as const;

const CONFIG: Config & { RETURN_DOM?: false } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: true,
  ALLOW_ARIA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SAFE_FOR_XML: true,
  ADD_FORBID_CONTENTS,
};

// The same rules, returning the sanitized body element of DOMPurify's inert document instead of its serialization.
const KEEP_DOM_CONFIG: Config & { RETURN_DOM: true } = { ...CONFIG, RETURN_DOM: true };

interface Run {
  allowRemoteImages: boolean;
  blocked: number;
  hasRemoteContent: boolean;
  /** Mail repeats the same inline styles on thousands of cells: each distinct one is checked once per call. */
  styles: Map<string, SanitizedInlineStyle>;
  /** The output's `cid:` references, collected on the way for a long mail (remembered with it: a quote's inline
   * parts are then found without parsing it again). */
  cids?: string[];
  /** With `keepDom`: the kept DOM's images whose source is a `cid:` part (a view resolves them without a query). */
  cidImages?: Element[];
}

// What this module produced, so a second pass can be skipped without trusting a flag that mail content could set:
// result objects (frozen, so their `html` cannot be swapped) and, for strings carried through plain-string APIs
// (a draft body, a node attribute), the most recent long outputs by value (producedHtml). Only this module adds.
const producedResults = new WeakSet<object>();

let purifier: { instance: Purifier; window: object } | undefined;
// Per-call state for the hooks; sanitize() is synchronous, so one slot is enough.
let run: Run | undefined;

/**
 * Makes a received or pasted mail body safe to render and to quote: DOMPurify with a mail allowlist, plus hooks
 * for inline CSS, links and remote images; a long mail, where the browser has an HTML Sanitizer, goes through it and
 * the same rules instead (sanitizeNatively, same output). Needs a DOM (browser or jsdom).
 */
export function sanitizeMailHtml(html: string, options: SanitizeMailHtmlOptions = {}): SanitizedMailHtml {
  if (typeof html !== 'string') throw new TypeError(`sanitizeMailHtml expects an HTML string, got ${typeof html}`);
  const instance = getPurifier();
  const start = (): Run => ({
    allowRemoteImages: options.allowRemoteImages === true,
    blocked: 0,
    hasRemoteContent: false,
    styles: new Map(),
    ...(html.length >= REMEMBER_FROM_CHARS ? { cids: [] } : {}),
    ...(options.keepDom === true ? { cidImages: [] } : {}),
  });
  run = start();
  try {
    let clean: string;
    const native = prefersNativeSanitizer(html) ? sanitizeNatively(html, afterSanitizeAttributes) : undefined;
    // A native pass that gave up may have counted part of the mail: DOMPurify starts over.
    if (!native) run = start();
    if (native ?? options.keepDom === true) {
      // Without WHOLE_DOCUMENT or RETURN_DOM_FRAGMENT, DOMPurify returns its document's body.
      const body = native ?? (instance.sanitize(html, KEEP_DOM_CONFIG) as HTMLElement);
      clean = body.innerHTML;
      if (options.keepDom === true) keepDom(clean, { body, cidImages: run.cidImages ?? [] });
    } else clean = instance.sanitize(html, CONFIG);
    const result = Object.freeze({
      html: clean,
      blockedRemoteImages: run.blocked,
      hasRemoteContent: run.hasRemoteContent,
    });
    producedResults.add(result);
    rememberProducedHtml(clean, { cids: run.cids, hasRemoteContent: run.hasRemoteContent });
    return result;
  } finally {
    run = undefined;
  }
}

/** Whether `value` is a result of `sanitizeMailHtml` itself (not a look-alike object): its `html` is safe as is. */
export function isSanitizedMailHtml(value: unknown): value is SanitizedMailHtml {
  return typeof value === 'object' && value !== null && producedResults.has(value);
}

/**
 * Whether `html` is, character for character, one of the last outputs of `sanitizeMailHtml` (long ones only):
 * lets a long quote that travelled as a string skip its second pass. Mail content cannot make a string pass this
 * without being that output. Remote images may be kept in it: display it through `parkRemoteResources`.
 */
export function isSanitizedHtmlString(html: string): boolean {
  return isProducedHtml(html);
}

/** A kept DOM: the body element of DOMPurify's inert document, and its `<img>` elements whose source was a `cid:`
 * part when it was sanitized (in document order: a view resolves them without querying the whole mail). */
export interface SanitizedDom {
  body: Element;
  cidImages: readonly Element[];
}

// Kept DOMs by their output, for one take each (a taken DOM is moved and changed by its taker).
const keptDoms = new Map<string, SanitizedDom>();
const KEPT_DOMS = 2;

function keepDom(html: string, dom: SanitizedDom): void {
  keptDoms.delete(html);
  keptDoms.set(html, dom);
  if (keptDoms.size > KEPT_DOMS) keptDoms.delete(keptDoms.keys().next().value as string);
}

/**
 * The sanitized DOM of an output produced with `keepDom`, once (then forgotten): the body element of an inert
 * document (nothing in it loads) holding exactly what `html` serializes, with its `cid:` images. Remote images are
 * as the call left them.
 */
export function takeSanitizedDom(html: string): SanitizedDom | undefined {
  const dom = keptDoms.get(html);
  keptDoms.delete(html);
  return dom;
}

/**
 * Parks the remote images of already sanitized DOM (built from `sanitizeMailHtml` output with remote images
 * allowed) as `sanitizeMailHtml` would have without them, and reports them as it does: for showing such HTML
 * without a second full pass. With `allowRemoteImages` it only reports.
 */
export function parkRemoteResources(
  root: ParentNode,
  options: SanitizeMailHtmlOptions = {},
): Omit<SanitizedMailHtml, 'html'> {
  const state: Run = {
    allowRemoteImages: options.allowRemoteImages === true,
    blocked: 0,
    hasRemoteContent: false,
    styles: new Map(),
  };
  for (const element of root.querySelectorAll('[src], [srcset], [background], [style*="url" i]')) {
    let blocked = false;
    const style = element.getAttribute('style');
    // A remote image in sanitized CSS is always a url(); other styles stay as they are.
    if (style !== null && /url\(/i.test(style)) blocked = guardStyle(element, style, state);
    blocked = guardImageAttributes(element, state) || blocked;
    if (blocked) state.blocked++;
  }
  return { blockedRemoteImages: state.blocked, hasRemoteContent: state.hasRemoteContent };
}

function sanitizeStyleOnce(style: string, state: Run): SanitizedInlineStyle {
  let result = state.styles.get(style);
  if (!result) {
    result = sanitizeInlineStyle(style, { allowRemoteImages: state.allowRemoteImages });
    state.styles.set(style, result);
  }
  return result;
}

function getPurifier(): Purifier {
  const win = typeof window === 'undefined' ? undefined : window;
  if (!win?.document) {
    throw new Error(
      'sanitizeMailHtml needs a DOM: call it in a browser, or in a jsdom/happy-dom environment (no window.document here)',
    );
  }
  if (purifier?.window !== win) {
    // A private instance, so our hooks never leak into other DOMPurify users of the page.
    const instance = DOMPurify(win);
    if (!instance.isSupported)
      throw new Error('sanitizeMailHtml: DOMPurify is not supported by this DOM implementation');
    instance.addHook('afterSanitizeAttributes', afterSanitizeAttributes);
    purifier = { instance, window: win };
  }
  return purifier.instance;
}

// Our own `data-inkwell-*` attributes never come from input as such: the structural markers stay (their content is
// sanitized like any other), and the parking attributes are read as the attribute they stand for, so they are
// judged, counted and parked again like it. Every other `data-inkwell-*` is dropped.
const STRUCTURAL_MARKERS = new Set(['data-inkwell-quote', 'data-inkwell-signature', 'data-inkwell-attribution']);
// The composer's own parking attribute for an image's remote `src` (its clipboard and live-DOM form).
const COMPOSER_PARKED_SRC = 'data-inkwell-src';

/** Checks an inline style, parking its remote images unless allowed; returns whether it parked. */
function guardStyle(element: Element, style: string, state: Run): boolean {
  const result = sanitizeStyleOnce(style, state);
  setStyle(element, style, result.style);
  state.hasRemoteContent ||= result.hasRemoteContent;
  if (!result.blockedStyle) return false;
  element.setAttribute(REMOTE_ATTRIBUTES.style, result.blockedStyle);
  return true;
}

function afterSanitizeAttributes(element: Element): void {
  // Most elements of a long mail carry no attribute at all: nothing below applies to them.
  if (!run || !element.hasAttributes()) return;
  unparkInternalAttributes(element);
  let blocked = false;

  const style = element.getAttribute('style');
  if (style !== null) blocked = guardStyle(element, style, run);
  blocked = guardImageAttributes(element, run) || blocked;

  const href = element.getAttribute('href');
  if (href !== null) {
    // Only absolute web, mail and phone links, kept as the URL parser reads them. Relative ones would open our own
    // origin with the user's cookies (the mail has no base URL), and in-page anchors point at ids we removed.
    const link = normalizeLinkUrl(href);
    if (link === undefined) element.removeAttribute('href');
    else {
      setIfChanged(element, 'href', href, link);
      setIfChanged(element, 'target', element.getAttribute('target'), '_blank');
      setIfChanged(element, 'rel', element.getAttribute('rel'), 'noopener noreferrer');
    }
  }
  if (blocked) run.blocked++;
  if (run.cidImages && element.localName === 'img' && /^\s*cid:/i.test(element.getAttribute('src') ?? '')) {
    run.cidImages.push(element);
  }
  const { cids } = run;
  if (cids) {
    forEachCidReferenceOf(element, (id) => {
      cids.push(id);
      return undefined;
    });
  }
}

/** Sets `value` only when it differs: on a long mail most values stay as they are, and each write costs the browser
 * a re-parse of the attribute. */
function setIfChanged(element: Element, name: string, current: string | null, value: string): void {
  if (value !== current) element.setAttribute(name, value);
}

/** A checked inline style: written only when it changed, removed when nothing of it may stay. */
function setStyle(element: Element, current: string, value: string): void {
  if (value) setIfChanged(element, 'style', current, value);
  else element.removeAttribute('style');
}

function guardImageAttributes(element: Element, state: Run): boolean {
  let blocked = false;
  const src = element.getAttribute('src');
  if (src !== null) blocked = guardImageAttribute(element, 'src', [{ url: src, descriptor: '' }], state) || blocked;
  const srcset = element.getAttribute('srcset');
  if (srcset !== null) blocked = guardImageAttribute(element, 'srcset', parseSrcset(srcset), state) || blocked;
  const background = element.getAttribute('background');
  if (background !== null) {
    blocked = guardImageAttribute(element, 'background', [{ url: background, descriptor: '' }], state) || blocked;
  }
  return blocked;
}

function unparkInternalAttributes(element: Element): void {
  let parked: Map<string, string> | undefined;
  // Most elements carry none: look before copying the attribute list.
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i++) {
    const name = attributes[i]?.name ?? '';
    if (name.startsWith('data-inkwell-') && !STRUCTURAL_MARKERS.has(name)) {
      parked ??= new Map();
      parked.set(name, attributes[i]?.value ?? '');
    }
  }
  if (!parked) return;
  for (const name of parked.keys()) element.removeAttribute(name);
  const restore = (name: string, value: string | undefined) => {
    if (value !== undefined && !element.hasAttribute(name)) element.setAttribute(name, value);
  };
  restore('src', parked.get(REMOTE_ATTRIBUTES.src) ?? parked.get(COMPOSER_PARKED_SRC));
  restore('srcset', parked.get(REMOTE_ATTRIBUTES.srcset));
  restore('background', parked.get(REMOTE_ATTRIBUTES.background));
  const style = parked.get(REMOTE_ATTRIBUTES.style);
  if (style !== undefined)
    element.setAttribute('style', [element.getAttribute('style'), style].filter(Boolean).join('; '));
}

interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/**
 * Keeps inline images, parks remote ones (unless allowed), drops unsafe ones, deciding on each URL as the browser
 * reads it and keeping only that normalized value. Returns whether it parked.
 */
function guardImageAttribute(
  element: Element,
  name: 'src' | 'srcset' | 'background',
  candidates: SrcsetCandidate[],
  state: Run,
): boolean {
  const normalized = candidates.map((candidate) => ({ ...normalizeResourceUrl(candidate.url), candidate }));
  const kinds: ImageUrlKind[] = normalized.map((n) => n.kind);
  if (candidates.length === 0 || kinds.includes('unsafe') || (name === 'src' && element.localName !== 'img')) {
    element.removeAttribute(name);
    return false;
  }
  const value = normalized
    .map((n) => (n.candidate.descriptor ? `${n.url} ${n.candidate.descriptor}` : n.url))
    .join(', ');
  if (!kinds.includes('remote')) {
    setIfChanged(element, name, element.getAttribute(name), value);
    return false;
  }
  state.hasRemoteContent = true;
  if (state.allowRemoteImages) {
    setIfChanged(element, name, element.getAttribute(name), value);
    return false;
  }
  element.setAttribute(REMOTE_ATTRIBUTES[name], value);
  element.removeAttribute(name);
  return true;
}

/** The candidates of a `srcset`, parsed as the HTML standard does (a URL runs to whitespace; data: URLs hold commas). */
function parseSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const isSpace = (ch: string | undefined) => ch !== undefined && /[\t\n\f\r ]/.test(ch);
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (isSpace(srcset[i]) || srcset[i] === ',')) i++;
    const start = i;
    while (i < srcset.length && !isSpace(srcset[i])) i++;
    let url = srcset.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // The descriptors ("2x", "640w") run up to the next comma outside parentheses.
      const from = i;
      let depth = 0;
      for (; i < srcset.length; i++) {
        const ch = srcset[i];
        if (ch === '(') depth++;
        else if (ch === ')') depth--;
        else if (ch === ',' && depth <= 0) break;
      }
      descriptor = srcset.slice(from, i).trim().replace(/\s+/g, ' ');
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}
