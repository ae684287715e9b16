// `dir="auto"` on every block, so Arabic or Hebrew paragraphs lay out right-to-left by their own text, with no
// switch, in the editor and in what recipients get. An explicit `dir` from loaded HTML is kept.
import { Extension } from '@tiptap/core';

export interface AutoDirectionOptions {
  /** Node types that get the attribute. */
  types: string[];
}

export const AutoDirection = Extension.create<AutoDirectionOptions>({
  name: 'autoDirection',

  addOptions() {
    return { types: ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'signature'] };
  },

  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          dir: {
            default: 'auto',
            parseHTML: (element) => {
              const dir = element.getAttribute('dir');
              return dir === 'ltr' || dir === 'rtl' ? dir : 'auto';
            },
            renderHTML: (attributes) => ({ dir: attributes.dir ?? 'auto' }),
          },
        },
      },
    ];
  },
});
