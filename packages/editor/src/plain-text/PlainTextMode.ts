// Plain-text mode: the message becomes plain paragraphs (lists and quotes written out as text), marks are
// refused, pastes insert plain text. Inline images become regular attachments, so nothing the user added is lost.
// Switching back restores the rich version if the text was not edited meanwhile; otherwise the plain paragraphs
// stay (the UI warns about this before switching).
import type { AttachmentQueue } from '@inkwell/compose-core';
import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { InlineImageStorage } from '../inline-image/types';
import { withQueueSyncMuted } from '../inline-image/withQueueSyncMuted';
import { blockToLines } from './blockToLines';
import { plainTextOf } from './plainTextOf';

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

function paragraphs(schema: Schema, lines: string[]): PMNode[] {
  return lines.map((line) => schema.nodes.paragraph!.create(null, line ? schema.text(line) : null));
}

function toPlain(doc: PMNode, schema: Schema): PMNode[] {
  const blocks: PMNode[] = [];
  doc.forEach((node) => {
    if (node.type.name === 'quotedOriginal') {
      const text = plainTextOf(String(node.attrs.html));
      blocks.push(
        ...paragraphs(
          schema,
          text.split('\n').map((line: string) => (line ? `> ${line}` : '>')),
        ),
      );
    } else if (node.type.name === 'signature') {
      blocks.push(node.type.create(null, paragraphs(schema, blockToLines(node))));
    } else {
      blocks.push(...paragraphs(schema, blockToLines(node)));
    }
  });
  return blocks.length > 0 ? blocks : paragraphs(schema, ['']);
}

function imageContext(editor: Editor): { queue: AttachmentQueue | null; storage: InlineImageStorage } | null {
  const extension = editor.extensionManager.extensions.find((e) => e.name === 'inlineImage');
  if (!extension) return null;
  return { queue: (extension.options as { queue: AttachmentQueue | null }).queue, storage: editor.storage.inlineImage };
}

function imageContentIds(doc: PMNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'inlineImage' && node.attrs.contentId) ids.push(node.attrs.contentId as string);
  });
  return ids;
}

function setInline(editor: Editor, contentIds: string[], inline: boolean): void {
  const context = imageContext(editor);
  if (!context?.queue) return;
  const { queue, storage } = context;
  withQueueSyncMuted(storage, () => {
    for (const id of contentIds) {
      const entry = queue.byContentId(id);
      if (entry && entry.isInline !== inline) queue.setInline(entry.localId, inline);
    }
  });
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
          if (this.storage.enabled) return false;
          if (!dispatch) return true;
          const rich = tr.doc;
          setInline(editor, imageContentIds(rich), false);
          tr.replaceWith(0, rich.content.size, toPlain(rich, editor.schema));
          tr.setStoredMarks([]);
          this.storage.enabled = true;
          this.storage.rich = rich;
          this.storage.converted = tr.doc;
          return true;
        },
      setRichTextMode:
        () =>
        ({ tr, dispatch, editor }) => {
          if (!this.storage.enabled) return false;
          if (!dispatch) return true;
          const { rich, converted } = this.storage;
          if (rich && converted && converted.eq(tr.doc)) {
            tr.replaceWith(0, tr.doc.content.size, rich.content);
            setInline(editor, imageContentIds(rich), true);
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
