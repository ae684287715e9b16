// An inline image as email markup: `cid:` (or the remote URL it was pasted with), alt text, inline styles (no
// classes: recipients' clients ignore our stylesheet). Styles in the canonical form browsers serialize to.
import type { DOMOutputSpec, Node as PMNode } from '@tiptap/pm/model';
import { srcFromContentId } from './contentIdFromSrc';
import type { InlineImageAttributes } from './types';

/**
 * The attribute that carries the source where loading it must not happen (live DOM, clipboard): a remote URL would
 * load, and a `cid:` URL makes Chromium log ERR_UNKNOWN_URL_SCHEME (ProseMirror draws without the node view while
 * React unmounts it, e.g. when the window closes on Send).
 */
export const PARKED_SRC = 'data-inkwell-src';

export function inlineImageSpec(node: PMNode, { park }: { park: boolean }): DOMOutputSpec {
  const attrs = node.attrs as InlineImageAttributes;
  const src = attrs.contentId ? srcFromContentId(attrs.contentId) : attrs.src;
  const style = `${attrs.width ? `width: ${attrs.width}px; ` : ''}max-width: 100%; height: auto;`;
  return [
    'img',
    {
      ...(park ? { [PARKED_SRC]: src } : { src }),
      alt: attrs.alt,
      ...(attrs.width ? { width: String(attrs.width) } : {}),
      style,
    },
  ];
}
