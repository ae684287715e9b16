// Routes every string of HTML that enters the editor through prepareIncomingHtml: the initial content,
// setContent, insertContentAt (insertContent goes through it), paste and drop (transformPastedHTML).
import { Extension, commands as core } from '@tiptap/core';
import type { CommandProps, Content } from '@tiptap/core';
import { prepareIncomingHtml } from './prepareIncomingHtml';
import { sanitizeComposerHtml } from './sanitizeComposerHtml';

function clean<T>({ editor, dispatch }: CommandProps, content: T): T | string {
  if (typeof content !== 'string') return content;
  // A dry run (`editor.can()`) must not start uploads for `data:` images.
  return dispatch ? prepareIncomingHtml(editor, content) : sanitizeComposerHtml(content);
}

export const SafeContent = Extension.create({
  name: 'safeContent',
  // Lowest priority: its transformPastedHTML runs last (after PasteCleanup), and its commands override core's.
  priority: 1,

  onBeforeCreate() {
    // Runs before the document is built from `options.content`.
    const { content } = this.editor.options;
    if (typeof content === 'string') this.editor.options.content = prepareIncomingHtml(this.editor, content);
  },

  transformPastedHTML(html) {
    return prepareIncomingHtml(this.editor, html);
  },

  addCommands() {
    return {
      setContent: (content, options) => (props) => core.setContent(clean(props, content) as Content, options)(props),
      insertContentAt: (position, value, options) => (props) =>
        core.insertContentAt(position, clean(props, value) as Content, options)(props),
    };
  },
});
