// The document as email HTML, built in an inert document so serializing never fetches a remote image. The quoted
// original is spliced in as a string: re-parsing 1 MB of quote on every change would cost more than the typing.
import type { Node as PMNode } from '@tiptap/pm/model';
import { DOMSerializer } from '@tiptap/pm/model';
import { joinBodyParts, type BodyPart } from '@inkwell/compose-core';
import { inlineImageSpec } from '../inline-image/inlineImageSpec';
import { createInertDocument } from '../sanitize/parseInert';

let inert: Document | null = null;
const SLOT = /<blockquote type="cite" data-inkwell-quote="" data-inkwell-slot="(\d+)"><\/blockquote>/g;
const SAFE_IMAGE_SRC = /^(?:cid:|https?:\/\/)/i;

export function serializeHtml(doc: PMNode): string {
  inert ??= createInertDocument();
  const quotes: string[] = [];
  const base = DOMSerializer.fromSchema(doc.type.schema);
  const serializer = new DOMSerializer(
    {
      ...base.nodes,
      inlineImage: (node) => inlineImageSpec(node, { park: false }),
      quotedOriginal: (node) => {
        quotes.push(String(node.attrs.html ?? ''));
        return [
          'blockquote',
          { type: 'cite', 'data-inkwell-quote': '', 'data-inkwell-slot': String(quotes.length - 1) },
        ];
      },
    },
    base.marks,
  );
  const container = inert.createElement('div');
  container.appendChild(serializer.serializeFragment(doc.content, { document: inert }));

  // Trailing empty paragraphs (the editor keeps one after the quote for the caret) are not part of the message.
  while (container.lastElementChild?.matches('p:empty')) container.lastElementChild.remove();
  // Recipients' clients collapse empty paragraphs; a <br> keeps the blank line the user typed.
  for (const paragraph of container.querySelectorAll('p:empty')) paragraph.appendChild(inert.createElement('br'));
  // Only parts of the message or remote links may be sent as image sources; never `blob:` or `data:`.
  for (const img of container.querySelectorAll('img')) {
    if (!SAFE_IMAGE_SRC.test(img.getAttribute('src') ?? '')) img.remove();
  }
  const html = container.innerHTML;
  if (quotes.length === 0) return html;
  const parts: BodyPart[] = [];
  let from = 0;
  for (const slot of html.matchAll(SLOT)) {
    parts.push({ html: html.slice(from, slot.index), quoted: false });
    parts.push({ html: quotedBlock(quotes[Number(slot[1])] ?? ''), quoted: true });
    from = slot.index + slot[0].length;
  }
  parts.push({ html: html.slice(from), quoted: false });
  // Joined by reference, not copied, and remembered with its parts: what reads the body per change (checks, journal,
  // save) then steps over the quote without copying its megabyte per keystroke (see joinBodyParts).
  return joinBodyParts(parts);
}

const QUOTE_OPEN = '<blockquote type="cite" data-inkwell-quote="">';
const blocks: { quote: string; block: string }[] = [];

/** The quote in its blockquote: the same string for the same quote, so what remembers work per quote finds it at
 * once. */
function quotedBlock(quote: string): string {
  const known = blocks.find((b) => b.quote.length === quote.length && b.quote === quote);
  if (known) return known.block;
  const block = `${QUOTE_OPEN}${quote}</blockquote>`;
  blocks.unshift({ quote, block });
  blocks.length = Math.min(blocks.length, 4);
  return block;
}
