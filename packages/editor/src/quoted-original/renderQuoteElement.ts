// The quote as ProseMirror draws it without the node view (while React unmounts) and as it goes on the clipboard:
// the original inside <blockquote type="cite" data-inkwell-quote>, remote content parked by the sanitizer because
// this element may land in the live document. The email HTML is spliced in verbatim by serializeHtml instead.
import { PARKED_SRC } from '../inline-image/inlineImageSpec';
import { composerSanitizer } from '../sanitize/composerSanitizer';
import { createInertDocument } from '../sanitize/parseInert';

let inert: Document | null = null;

export function renderQuoteElement(html: string): HTMLElement {
  const { isSanitizedHtmlString, parkRemoteResources, sanitizeMailHtml } = composerSanitizer();
  inert ??= createInertDocument();
  const element = inert.createElement('blockquote');
  element.setAttribute('type', 'cite');
  element.setAttribute('data-inkwell-quote', '');
  if (isSanitizedHtmlString(html)) {
    // The sanitizer's own output (a long quote): only its remote images still need parking.
    element.innerHTML = html;
    parkRemoteResources(element);
  } else {
    element.innerHTML = sanitizeMailHtml(html, { allowRemoteImages: false }).html;
  }
  // A cid: source in the live page is a load of an unknown scheme (Chromium logs ERR_UNKNOWN_URL_SCHEME): parked
  // like the composer's own images. The email HTML is spliced from the node's attribute, untouched.
  for (const img of element.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src') ?? '';
    if (!/^\s*cid:/i.test(src)) continue;
    img.setAttribute(PARKED_SRC, src);
    img.removeAttribute('src');
  }
  return element;
}
