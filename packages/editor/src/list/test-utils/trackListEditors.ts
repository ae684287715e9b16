// The editors a test file makes: each destroyed after its test; `last()` is the one made last.
import type { Content, Editor } from '@tiptap/core';
import { afterEach } from 'vitest';
import { createListEditor } from './createListEditor';

export function trackListEditors() {
  const made: Editor[] = [];
  afterEach(() => {
    for (const editor of made.splice(0)) editor.destroy();
  });
  return {
    listEditor(content?: Content): Editor {
      const editor = createListEditor(content);
      made.push(editor);
      return editor;
    },
    last(): Editor {
      const editor = made.at(-1);
      if (!editor) throw new Error('no list editor made in this test yet');
      return editor;
    },
  };
}
