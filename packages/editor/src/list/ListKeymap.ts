// Backspace, Delete and Tab at list boundaries, in place of @tiptap/extension-list's ListKeymap as the composer had
// it (list items only: the composer has no task lists).
import { Extension } from '@tiptap/core';
import { backspaceInList } from './backspaceInList';
import { deleteInList } from './deleteInList';
import { tabIntoList } from './tabIntoList';

export const ListKeymap = Extension.create({
  name: 'listKeymap',

  addKeyboardShortcuts() {
    const backspace = () => backspaceInList(this.editor);
    const remove = () => deleteInList(this.editor);
    return {
      Delete: remove,
      'Mod-Delete': remove,
      Backspace: backspace,
      'Mod-Backspace': backspace,
      Tab: () => tabIntoList(this.editor),
    };
  },
});
