// Converting the message to plain text and back, with the inline images it holds: part of the composer's on-demand
// parts (extras chunk), as the switch is asked for only after the editor is up, through a confirmation from there.
import type { AttachmentQueue } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import type { InlineImageStorage } from '../inline-image/types';
import { withQueueSyncMuted } from '../inline-image/withQueueSyncMuted';
import { blockToLines } from './blockToLines';
import { paragraphs } from './paragraphs';
import { plainTextOf } from './plainTextOf';

export function toPlain(doc: PMNode, schema: Schema): PMNode[] {
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

export function imageContentIds(doc: PMNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'inlineImage' && node.attrs.contentId) ids.push(node.attrs.contentId as string);
  });
  return ids;
}

export function setInline(editor: Editor, contentIds: string[], inline: boolean): void {
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
