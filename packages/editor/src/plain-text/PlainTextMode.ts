// Plain-text mode: the message becomes plain paragraphs (lists and quotes written out as text), marks are
// refused, pastes insert plain text. Inline images become regular attachments, so nothing the user added is lost.
// Switching back restores the rich version if the text was not edited meanwhile; otherwise the plain paragraphs
// stay (the UI warns about this before switching).
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { editorExtrasLoaded } from '../extras/loadEditorExtras';
import { paragraphs } from './paragraphs';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    plainTextMode: {
      /** Converts the message to plain text (formatting is dropped, inline images become attachments). */
      setPlainTextMode: () => ReturnType;
      /** Back to rich text: restores the formatting if the text was not edited in plain-text mode. */
      setRichTextMode: () => ReturnType;
    };
  }
  interface Storage {
    plainTextMode: PlainTextModeStorage;
  }
}

export interface PlainTextModeStorage {
  enabled: boolean;
  /** The rich document before conversion, and the plain one right after (to know whether it was edited). */
  rich: PMNode | null;
  converted: PMNode | null;
}

export const PlainTextMode = Extension.create<Record<string, never>, PlainTextModeStorage>({
  name: 'plainTextMode',

  addStorage() {
    return { enabled: false, rich: null, converted: null };
  },

  addCommands() {
    return {
      setPlainTextMode:
        () =>
        ({ tr, dispatch, editor }) => {
          // The conversion comes with the composer's on-demand parts; before they arrive the switch cannot run.
          const convert = editorExtrasLoaded();
          if (this.storage.enabled || !convert) return false;
          if (!dispatch) return true;
          const rich = tr.doc;
          convert.setInline(editor, convert.imageContentIds(rich), false);
          tr.replaceWith(0, rich.content.size, convert.toPlain(rich, editor.schema));
          tr.setStoredMarks([]);
          this.storage.enabled = true;
          this.storage.rich = rich;
          this.storage.converted = tr.doc;
          return true;
        },
      setRichTextMode:
        () =>
        ({ tr, dispatch, editor }) => {
          const convert = editorExtrasLoaded();
          if (!this.storage.enabled || !convert) return false;
          if (!dispatch) return true;
          const { rich, converted } = this.storage;
          if (rich && converted && converted.eq(tr.doc)) {
            tr.replaceWith(0, tr.doc.content.size, rich.content);
            convert.setInline(editor, convert.imageContentIds(rich), true);
          }
          this.storage.enabled = false;
          this.storage.rich = null;
          this.storage.converted = null;
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('plainTextMode'),
        appendTransaction(transactions, _old, state) {
          if (!storage.enabled || !transactions.some((tr) => tr.docChanged)) return null;
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (node.isText && node.marks.length > 0) tr.removeMark(pos, pos + node.nodeSize);
            return node.type.name !== 'quotedOriginal';
          });
          return tr.docChanged ? tr : null;
        },
        props: {
          handlePaste(_view, event) {
            if (!storage.enabled) return false;
            const text = event.clipboardData?.getData('text/plain') ?? '';
            event.preventDefault();
            if (text)
              editor.commands.insertContent(
                paragraphs(editor.schema, text.replace(/\r\n?/g, '\n').split('\n')).map((node) => node.toJSON()),
              );
            return true;
          },
          handleDrop(view, event) {
            if (!storage.enabled) return false;
            event.preventDefault();
            const text = event.dataTransfer?.getData('text/plain') ?? '';
            const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            if (text && position !== undefined) view.dispatch(view.state.tr.insertText(text, position));
            return true;
          },
        },
      }),
    ];
  },
});
