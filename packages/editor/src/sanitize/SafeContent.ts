// Routes every string of HTML that enters the editor through prepareIncomingHtml: the initial content,
// setContent, insertContentAt (insertContent goes through it), paste and drop (transformPastedHTML). The sanitizer
// loads on demand (composerSanitizer): a paste or drop of HTML that comes before it is held until it arrives.
import { Extension, commands as core } from '@tiptap/core';
import type { CommandProps, Content } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { composerSanitizer, composerSanitizerLoaded } from './composerSanitizer';
import { holdHtmlTransfer } from './holdHtmlTransfer';
import { isEmptyDocument } from './isEmptyDocument';
import { prepareIncomingHtml } from './prepareIncomingHtml';
import { textOnlyHtml } from './textOnlyHtml';

function clean<T>({ editor, dispatch }: CommandProps, content: T): T | string {
  if (typeof content !== 'string') return content;
  // A string without a tag is inserted as text: it needs no sanitizer, loaded or not.
  if (!content.includes('<') && !composerSanitizerLoaded()) return content;
  // A dry run (`editor.can()`) must not start uploads for `data:` images.
  return dispatch
    ? prepareIncomingHtml(editor, content)
    : composerSanitizer().sanitizeMailHtml(content, { allowRemoteImages: true }).html;
}

export const SafeContent = Extension.create({
  name: 'safeContent',
  // Lowest priority: its transformPastedHTML runs last (after PasteCleanup), and its commands override core's.
  priority: 1,

  onBeforeCreate() {
    // Runs before the document is built from `options.content`.
    const { content } = this.editor.options;
    if (typeof content === 'string' && !isEmptyDocument(content))
      this.editor.options.content = prepareIncomingHtml(this.editor, content);
  },

  transformPastedHTML(html) {
    // Reached before the sanitizer is loaded only by a transfer a handler takes for its files (an image pasted
    // with its HTML): the slice is not used then, and text is all it may carry.
    return composerSanitizerLoaded() ? prepareIncomingHtml(this.editor, html) : textOnlyHtml(html);
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    // In plain-text mode the HTML of a transfer is not read at all (PlainTextMode inserts its text).
    const plain = () => (editor.storage as { plainTextMode?: { enabled?: boolean } }).plainTextMode?.enabled === true;
    return [
      new Plugin({
        key: new PluginKey('safeContentHold'),
        props: {
          handleDOMEvents: {
            paste: (view, event) => !plain() && holdHtmlTransfer(view, event, event.clipboardData),
            drop: (view, event) => !plain() && !view.dragging && holdHtmlTransfer(view, event, event.dataTransfer),
          },
        },
      }),
    ];
  },

  addCommands() {
    return {
      setContent: (content, options) => (props) => core.setContent(clean(props, content) as Content, options)(props),
      insertContentAt: (position, value, options) => (props) =>
        core.insertContentAt(position, clean(props, value) as Content, options)(props),
    };
  },
});
