import { ADD_FORBID_CONTENTS, ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI_REGEXP } from './mailRules';

// The browser's HTML Sanitizer (`Document.parseHTML`) parses in native code and always removes what can run script
// (script elements, event handler attributes, `javascript:` navigation). DOMPurify's walk in script costs several
// times the parse on a long mail, so a long mail takes this path where the browser has it: the native pass, then
// one walk that applies DOMPurify's rules with our allowlist (mailRules). Each layer alone leaves nothing that runs.

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const TAGS = new Set(ALLOWED_TAGS);
const ATTRIBUTES = new Set(ALLOWED_ATTR);
// DOMPurify's defaults for these three, so both engines give the same output.
const FORBID_CONTENTS = new Set([
  ...['annotation-xml', 'audio', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi', 'mn', 'mo'],
  ...['ms', 'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'selectedcontent', 'style', 'svg'],
  ...['template', 'thead', 'title', 'video', 'xmp'],
  ...ADD_FORBID_CONTENTS,
]);
const URI_SAFE_ATTRIBUTES = new Set(['alt', 'class', 'for', 'id', 'label', 'name', 'pattern', 'placeholder', 'role']);
for (const name of ['summary', 'title', 'value', 'style', 'xmlns']) URI_SAFE_ATTRIBUTES.add(name);
const DATA_URI_TAGS = new Set(['audio', 'video', 'img', 'source', 'image', 'track']);

const DATA_ATTR = /^data-[-\w.\u00B7-\uFFFF]+$/;
const ARIA_ATTR = /^aria-[-\w]+$/;
// eslint-disable-next-line no-control-regex -- the characters a browser strips from a URL are the point
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const MARKUP_PROBE = /<[/\w!]/;
const ATTR_VALUE_BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const LEADING_WHITESPACE = /^[\r\n\t ]+/;

// What the native pass removes before the walk (the walk would remove it too): forbidden-content elements, whole, and
// forms unwrapped (a form's named controls shadow its own properties; nothing of it is read afterwards).
const NATIVE_CONFIG = {
  removeElements: [
    ...[...FORBID_CONTENTS].filter(
      (name) => !TAGS.has(name) && !/^(?:annotation|desc|foreign|m[ionst]|math|svg)/.test(name),
    ),
    { name: 'svg', namespace: 'http://www.w3.org/2000/svg' },
    { name: 'math', namespace: 'http://www.w3.org/1998/Math/MathML' },
  ],
  replaceWithChildrenElements: ['form'],
  comments: true,
};

type ParseHtml = (html: string, options: { sanitizer: typeof NATIVE_CONFIG }) => Document;
const readNodeName = Object.getOwnPropertyDescriptor(globalThis.Node?.prototype ?? {}, 'nodeName')?.get;

/** Whether this browser has the HTML Sanitizer's `Document.parseHTML`. */
export function hasNativeSanitizer(): boolean {
  return typeof (globalThis.Document as unknown as { parseHTML?: unknown } | undefined)?.parseHTML === 'function';
}

/**
 * Sanitizes `html` with the browser's HTML Sanitizer plus our rules, calling `afterAttributes` for each element kept
 * (after its attributes were checked, as DOMPurify's `afterSanitizeAttributes` hook). Returns the body of an inert
 * document, or `undefined` when the browser has no such sanitizer or the walk met what it does not handle (then use
 * DOMPurify).
 */
export function sanitizeNatively(html: string, afterAttributes: (element: Element) => void): HTMLElement | undefined {
  if (!hasNativeSanitizer() || !readNodeName) return undefined;
  const parse = (Document as unknown as { parseHTML: ParseHtml }).parseHTML;
  let body: HTMLElement | null;
  try {
    body = parse.call(Document, html, { sanitizer: NATIVE_CONFIG }).body;
  } catch {
    // A browser whose sanitizer refuses this configuration: DOMPurify does the work.
    return undefined;
  }
  if (!body) return undefined;
  const doc = body.ownerDocument;
  // The parser drops whitespace before the first tag; DOMPurify keeps it.
  const leading = LEADING_WHITESPACE.exec(html)?.[0];
  if (leading) body.insertBefore(doc.createTextNode(leading), body.firstChild);
  return walk(body, afterAttributes, readNodeName) ? body : undefined;
}

function walk(body: HTMLElement, afterAttributes: (element: Element) => void, nodeNameOf: () => string): boolean {
  let node: Node | null = body.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      node = following(node, body);
      continue;
    }
    if (type !== Node.ELEMENT_NODE) {
      // Comments, processing instructions: none is allowed.
      node = removeWhole(node, body);
      continue;
    }
    const element = node as Element;
    // The native pass unwrapped forms; meeting one means it did not run as configured.
    if (nodeNameOf.call(element) === 'FORM') return false;
    if (element.namespaceURI !== HTML_NAMESPACE || isUnsafeLeaf(element)) {
      node = removeWhole(element, body);
      continue;
    }
    const tag = element.localName;
    if (!TAGS.has(tag)) {
      node = FORBID_CONTENTS.has(tag) ? removeWhole(element, body) : unwrap(element, body);
      continue;
    }
    sanitizeAttributes(element, tag);
    afterAttributes(element);
    node = element.firstChild ?? following(element, body);
  }
  return true;
}

/** DOMPurify's check for markup hiding in an element's text (what would come back as tags when parsed again). */
function isUnsafeLeaf(element: Element): boolean {
  return (
    element.hasChildNodes() &&
    element.firstElementChild === null &&
    MARKUP_PROBE.test(element.textContent ?? '') &&
    MARKUP_PROBE.test(element.innerHTML)
  );
}

function sanitizeAttributes(element: Element, tag: string): void {
  const { attributes } = element;
  for (let i = attributes.length - 1; i >= 0; i--) {
    const attribute = attributes[i];
    if (!attribute) continue;
    const { name, value: initial } = attribute;
    const lcName = name.toLowerCase();
    const value = name === 'value' ? initial : initial.trim();
    if (
      ATTR_VALUE_BREAKOUT.test(value) ||
      (lcName === 'attributename' && value.includes('href')) ||
      !isValidAttribute(tag, lcName, value)
    ) {
      element.removeAttributeNode(attribute);
    } else if (value !== initial) element.setAttribute(name, value);
  }
}

function isValidAttribute(tag: string, lcName: string, value: string): boolean {
  if (lcName === 'patchsrc' || (lcName === 'for' && tag !== 'label' && tag !== 'output')) return false;
  if (lcName === 'id' || lcName === 'name') return false;
  if (DATA_ATTR.test(lcName) || ARIA_ATTR.test(lcName)) return true;
  if (!ATTRIBUTES.has(lcName)) return false;
  if (URI_SAFE_ATTRIBUTES.has(lcName)) return true;
  if (ALLOWED_URI_REGEXP.test(value.replace(ATTR_WHITESPACE, ''))) return true;
  if ((lcName === 'src' || lcName === 'href') && value.startsWith('data:') && DATA_URI_TAGS.has(tag)) return true;
  return !value;
}

/** The next node in document order after `node` and its subtree, within `root`. */
function following(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

function removeWhole(node: Node, root: Node): Node | null {
  const next = following(node, root);
  node.parentNode?.removeChild(node);
  return next;
}

/** Keeps the children in place of the element; the walk goes on with the first of them. */
function unwrap(element: Element, root: Node): Node | null {
  const next = element.firstChild ?? following(element, root);
  const parent = element.parentNode;
  if (parent) {
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
  }
  return next;
}
