// What the compose session sends: HTML with `cid:` images, its text version, and the parts it refers to.
import type { AttachmentQueue } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import { referencedContentIds } from '../inline-image/referencedContentIds';
import type { InlineImageOptions } from '../inline-image/types';
import { bodyText } from './bodyText';
import { serializeHtml } from './serializeHtml';
import type { ComposerTemporaryAttachment, SerializedComposer } from './types';

function queueOf(editor: Editor): AttachmentQueue | null {
  const extension = editor.extensionManager.extensions.find((e) => e.name === 'inlineImage');
  return (extension?.options as InlineImageOptions | undefined)?.queue ?? null;
}

export function serializeComposer(editor: Editor): SerializedComposer {
  const { doc } = editor.state;
  const queue = queueOf(editor);
  const referenced = referencedContentIds(doc);
  const temporaryAttachments: ComposerTemporaryAttachment[] = [];
  const pendingAttachments: string[] = [];
  const resolved = new Set<string>();

  for (const entry of queue?.getSnapshot() ?? []) {
    // The wire's `isInline` means "the HTML refers to it by cid:", whatever the queue calls the part.
    const inlineHere = !!entry.contentId && referenced.has(entry.contentId);
    // An inline part nothing refers to any more is not sent (its image was deleted while the queue caught up).
    if (entry.isInline && !inlineHere) continue;
    if (entry.contentId) resolved.add(entry.contentId);
    if (entry.state !== 'uploaded' || entry.queueId === undefined) {
      pendingAttachments.push(entry.localId);
      continue;
    }
    temporaryAttachments.push({
      id: entry.queueId,
      ...(entry.contentId ? { contentId: entry.contentId } : {}),
      isInline: inlineHere,
    });
  }

  let text: string | undefined;
  return {
    bodyHtml: serializeHtml(doc),
    // Lazy: serializing runs on every change, and the text of a long quote is a second large string per keystroke.
    get bodyText() {
      text ??= bodyText(doc);
      return text;
    },
    temporaryAttachments,
    pendingAttachments,
    unresolvedContentIds: [...referenced.keys()].filter((id) => !resolved.has(id)),
    isPlainText: editor.storage.plainTextMode?.enabled ?? false,
  };
}
