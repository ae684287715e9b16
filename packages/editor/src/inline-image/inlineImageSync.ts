// Keeps image nodes and queue entries in step, both ways:
// - an image deleted from the document removes its attachment (unless it was turned into a regular attachment);
// - an undone delete uploads the same bytes again;
// - an attachment removed from the queue (or turned into a regular one) removes its images;
// - an attachment turned inline elsewhere (the attachment list) appears as an image at the cursor.
import type { AttachmentQueue, DraftAttachment } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { referencedContentIds } from './referencedContentIds';
import { keepBytes } from './keepBytes';
import { removeImagesWithContentIds } from './removeImagesWithContentIds';
import type { InlineImageStorage } from './types';

export const inlineImageSyncKey = new PluginKey('inlineImageSync');

function inlineIds(entries: readonly DraftAttachment[]): Set<string> {
  return new Set(entries.filter((e) => e.isInline && e.contentId).map((e) => e.contentId as string));
}

export function inlineImageSync(editor: Editor, queue: AttachmentQueue, storage: InlineImageStorage): Plugin {
  return new Plugin({
    key: inlineImageSyncKey,
    view(initialView) {
      let referenced = referencedContentIds(initialView.state.doc);
      let lastEntries = queue.getSnapshot();
      let lastInline = inlineIds(lastEntries);

      const onQueueChange = (view: EditorView) => {
        const entries = queue.getSnapshot();
        if (entries === lastEntries) return;
        const nowInline = inlineIds(entries);
        const gone = [...lastInline].filter((id) => !nowInline.has(id));
        const wasRegular = new Set(lastEntries.filter((e) => !e.isInline).map((e) => e.localId));
        const becameInline = entries.filter(
          (e) => e.isInline && e.contentId && wasRegular.has(e.localId) && !referenced.has(e.contentId),
        );
        lastEntries = entries;
        lastInline = nowInline;
        if (storage.muteQueueSync) return;
        if (gone.length > 0) removeImagesWithContentIds(view, new Set(gone));
        for (const entry of becameInline) {
          editor.commands.insertContent({
            type: 'inlineImage',
            attrs: { contentId: entry.contentId, alt: entry.name },
          });
        }
      };

      // Uploads the image again if the document refers to it, the queue lacks it and its bytes are at hand.
      let alive = true;
      const restore = (id: string) => {
        const blob = storage.blobByContentId.get(id);
        if (alive && blob && referenced.has(id) && !queue.byContentId(id))
          queue.add(blob, { inline: true, contentId: id });
      };

      const unsubscribe = queue.subscribe(() => onQueueChange(initialView));
      return {
        update(view, previous) {
          if (view.state.doc === previous.doc) return;
          const now = referencedContentIds(view.state.doc);
          const removed = [...referenced.keys()].filter((id) => !now.has(id));
          const restored = [...now.keys()].filter((id) => !referenced.has(id));
          referenced = now;
          for (const id of removed) {
            const entry = queue.byContentId(id);
            if (!entry?.isInline) continue;
            // Read the bytes back first (the preview URL dies with the entry), so undo or paste can restore it.
            if (!storage.blobByContentId.has(id))
              keepBytes(storage, id, entry, queue.previewUrl(entry.localId), restore);
            queue.remove(entry.localId);
          }
          restored.forEach(restore);
        },
        destroy() {
          alive = false;
          unsubscribe();
        },
      };
    },
  });
}
