// The text shown in an empty message ("Write your message"), as the `data-placeholder` of its only, empty
// paragraph, with the class names Tiptap's Placeholder uses (composer styles show it). Ours: Tiptap's scans the
// document on every change for options we do not use, and cost 1.4 KB gzip of the compose window.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface PlaceholderOptions {
  placeholder: string;
}

export const placeholderKey = new PluginKey('placeholder');

export const Placeholder = Extension.create<PlaceholderOptions>({
  name: 'placeholder',

  addOptions: () => ({ placeholder: '' }),

  addProseMirrorPlugins() {
    const { editor } = this;
    const text = this.options.placeholder;
    return [
      new Plugin({
        key: placeholderKey,
        props: {
          decorations({ doc }) {
            // Only in an editable, empty message: one textblock with nothing in it.
            const only = doc.childCount === 1 ? doc.firstChild : null;
            if (!text || !editor.isEditable || !only?.isTextblock || only.content.size > 0) return null;
            return DecorationSet.create(doc, [
              Decoration.node(0, only.nodeSize, { class: 'is-empty is-editor-empty', 'data-placeholder': text }),
            ]);
          },
        },
      }),
    ];
  },
});
