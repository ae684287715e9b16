// Makes `editor.getHTML()` use serializeHtml. Tiptap's own version builds the DOM in the live document, where an
// <img src="https://…"> starts loading even detached: that would fetch remote images the user has not allowed.
import { Extension } from '@tiptap/core';
import { serializeHtml } from './serializeHtml';

export const InertHtml = Extension.create({
  name: 'inertHtml',

  onBeforeCreate() {
    const editor = this.editor;
    editor.getHTML = () => serializeHtml(editor.state.doc);
  },
});
