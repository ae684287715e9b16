// The quote as it is sent: its original HTML inside <blockquote type="cite" data-inkwell-quote>. Built in an
// inert document, so creating it fetches nothing.
import { createInertDocument } from '../sanitize/parseInert';

let inert: Document | null = null;

export function renderQuoteElement(html: string): HTMLElement {
  inert ??= createInertDocument();
  const element = inert.createElement('blockquote');
  element.setAttribute('type', 'cite');
  element.setAttribute('data-inkwell-quote', '');
  element.innerHTML = html;
  return element;
}
