// The text version of the message. The quote's text is cached per quote node: converting 1 MB of quoted HTML on
// every keystroke would make typing slow. Exact once compose-core's converter is loaded (plainTextOf).
import { bodyPlainTextLoaded } from '@inkwell/compose-core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { plainTextOf as htmlToPlainText } from '../plain-text/plainTextOf';
import { serializeHtml } from './serializeHtml';

const quoteText = new WeakMap<PMNode, string>();
const TOKEN = 'inkwellquotedoriginaltoken';

export function bodyText(doc: PMNode): string {
  const quotes: PMNode[] = [];
  doc.forEach((node) => {
    if (node.type.name === 'quotedOriginal') quotes.push(node);
  });
  if (quotes.length === 0) return htmlToPlainText(serializeHtml(doc));
  // Serialize the body with a short placeholder paragraph for each quote, then put the cached quote text in.
  const schema = doc.type.schema;
  const paragraph = schema.nodes.paragraph;
  if (!paragraph) return htmlToPlainText(serializeHtml(doc));
  const children: PMNode[] = [];
  let index = 0;
  doc.forEach((node) => {
    children.push(
      node.type.name === 'quotedOriginal' ? paragraph.create(null, schema.text(`${TOKEN}${index++}`)) : node,
    );
  });
  const skeleton = doc.type.create(doc.attrs, children);
  return htmlToPlainText(serializeHtml(skeleton)).replace(
    new RegExp(`${TOKEN}(\\d+)`, 'g'),
    (_match: string, i: string) => {
      const quote = quotes[Number(i)];
      if (!quote) return '';
      let cached = quoteText.get(quote);
      if (cached === undefined) {
        cached = htmlToPlainText(`<blockquote type="cite">${String(quote.attrs.html)}</blockquote>`);
        // The text alone (before the converter loads) is not kept: the converter's is the one to remember.
        if (bodyPlainTextLoaded()) quoteText.set(quote, cached);
      }
      return cached;
    },
  );
}
