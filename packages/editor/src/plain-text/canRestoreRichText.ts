import type { Editor } from '@tiptap/core';

/** Whether switching back to rich text would restore the formatting (the plain text was not edited). */
export function canRestoreRichText(editor: Editor): boolean {
  const storage = editor.storage.plainTextMode;
  return !!storage?.enabled && !!storage.converted && storage.converted.eq(editor.state.doc);
}
