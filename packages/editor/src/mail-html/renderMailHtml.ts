// The one way mail HTML is put on screen (the composer's quote, an app's message view): sanitized here unless it is
// the sanitizer's own output (a result object, or a long string equal to one of its recent outputs: the quote is
// then not sanitized a second time; its remote images are parked on the parsed DOM), built in an inert document,
// then moved into the host's shadow root under the containment stylesheet.
import type { SanitizedHtmlFacts, SanitizedMailHtml } from '@inkwell/compose-core/sanitize';
import { contentIdFromSrc } from '../inline-image/contentIdFromSrc';
import { composerSanitizer } from '../sanitize/composerSanitizer';
import { MAIL_HTML_STYLES } from './mailHtmlStyles';

export interface RenderMailHtmlOptions {
  /** Load remote images and backgrounds. Default `false`: they stay parked until the user allows them. */
  allowRemote?: boolean;
  /** A URL for a `cid:` image (the part's bytes); images it has none for show no source. */
  resolveCid?: (contentId: string) => string | undefined;
  /** More CSS for the shadow root, after the containment sheet (it cannot lift the `!important` rules). */
  extraStyles?: string;
}

export interface RenderedMailHtml {
  /** The mail refers to remote images or backgrounds (shown or not): offer "Show images". */
  hasRemoteContent: boolean;
  /** Elements whose remote images are held back now. */
  blockedRemoteImages: number;
}

/** The body element inside the shadow root; the rest of the root is the stylesheet. */
export const MAIL_HTML_BODY_CLASS = 'inkwell-mail-body';

/** The body container, built in an inert document (nothing in it loads until it is moved into the host). */
function parseBody(html: string): Element {
  const inert = new DOMParser().parseFromString(
    `<!doctype html><body><div class="${MAIL_HTML_BODY_CLASS}">${html}</div></body>`,
    'text/html',
  );
  return inert.body.firstElementChild as Element;
}

/** The sanitizer's own DOM of that output when it kept it (a quote shown right after it was sanitized: no second
 * parse of a long mail), else the output parsed. */
function trustedBody(html: string): { body: Element; cidImages?: readonly Element[] } {
  const kept = composerSanitizer().takeSanitizedDom(html);
  if (!kept) return { body: parseBody(html) };
  const body = kept.body.ownerDocument.createElement('div');
  body.className = MAIL_HTML_BODY_CLASS;
  while (kept.body.firstChild) body.appendChild(kept.body.firstChild);
  // The sanitizer listed its `cid:` images as it went: they are resolved without querying the whole mail.
  return { body, cidImages: kept.cidImages };
}

/** What the sanitizer reported about its own output: from the result object itself, or remembered for a string. */
function known(html: string | SanitizedMailHtml, source: string): SanitizedHtmlFacts | undefined {
  const { isSanitizedMailHtml, sanitizedHtmlFacts } = composerSanitizer();
  if (typeof html === 'string') return sanitizedHtmlFacts(source);
  return isSanitizedMailHtml(html)
    ? (sanitizedHtmlFacts(source) ?? { hasRemoteContent: html.hasRemoteContent })
    : undefined;
}

/** Renders `html` into `host`'s shadow root (attached, open, when missing), replacing what was there. The sanitizer
 * loads on demand: await `loadComposerSanitizer()` before the first call (MailHtml does). */
export function renderMailHtml(
  host: HTMLElement,
  html: string | SanitizedMailHtml,
  options: RenderMailHtmlOptions = {},
): RenderedMailHtml {
  const { isSanitizedHtmlString, isSanitizedMailHtml, parkRemoteResources, sanitizeMailHtml } = composerSanitizer();
  const allowRemote = options.allowRemote === true;
  const source = typeof html === 'string' ? html : html.html;
  const trusted = isSanitizedMailHtml(html) || isSanitizedHtmlString(source);
  const sanitized = trusted ? null : sanitizeMailHtml(source, { allowRemoteImages: allowRemote });
  const { body, cidImages } = trusted ? trustedBody(source) : { body: parseBody(sanitized?.html ?? '') };
  // What the sanitizer found while making trusted output (a long quote): no walk over it for what it does not hold.
  const facts = trusted ? known(html, source) : undefined;
  // Trusted output may keep remote images (a quote keeps them for its recipients): parked here for the screen.
  const remote =
    sanitized ??
    (facts?.hasRemoteContent === false
      ? { hasRemoteContent: false, blockedRemoteImages: 0 }
      : parkRemoteResources(body, { allowRemoteImages: allowRemote }));
  for (const img of cidImages ?? (facts?.cids?.length === 0 ? [] : body.querySelectorAll('img[src]'))) {
    const contentId = contentIdFromSrc(img.getAttribute('src'));
    if (contentId === null) continue;
    const url = options.resolveCid?.(contentId);
    if (url) img.setAttribute('src', url);
    else img.removeAttribute('src');
  }
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = host.ownerDocument.createElement('style');
  style.textContent = MAIL_HTML_STYLES + (options.extraStyles ?? '');
  root.replaceChildren(style, host.ownerDocument.adoptNode(body));
  return { hasRemoteContent: remote.hasRemoteContent, blockedRemoteImages: remote.blockedRemoteImages };
}
