// Image files dropped onto the editor become inline images where they were dropped. Other files are left alone,
// for the attachment area around the editor to take.
import type { Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { insertImageFiles, isImageFile } from './insertImageFiles';

export function imageFileDrop(editor: Editor): Plugin {
  return new Plugin({
    key: new PluginKey('inlineImageDrop'),
    props: {
      handleDrop(view, event, _slice, moved) {
        if (moved || !event.dataTransfer || editor.storage.plainTextMode?.enabled) return false;
        const images = [...event.dataTransfer.files].filter(isImageFile);
        if (images.length === 0) return false;
        event.preventDefault();
        const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void insertImageFiles(editor, images, position);
        return true;
      },
    },
  });
}
