// The document as email HTML, built in an inert document so serializing never fetches a remote image. The quoted
// original is spliced in as a string: re-parsing 1 MB of quote on every change would cost more than the typing.
import type { Node as PMNode } from '@tiptap/pm/model';
import { DOMSerializer } from '@tiptap/pm/model';
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
  // Concatenated, not `replace`d: V8 then links the quote's string into the result instead of copying its 1 MB
  // on every change (a copy per keystroke is garbage the collector pays for while the user types).
  let out = '';
  let from = 0;
  for (const slot of html.matchAll(SLOT)) {
    out += `${html.slice(from, slot.index)}<blockquote type="cite" data-inkwell-quote="">`;
    out += quotes[Number(slot[1])] ?? '';
    out += '</blockquote>';
    from = slot.index + slot[0].length;
  }
  return out + html.slice(from);
}
