// Types into an editor for tests in jsdom, where no DOM input reaches ProseMirror: through its text input handlers
// (the input rules), one character at a time, as a browser's typing does.
import type { Editor } from '@tiptap/core';

export function typeText(editor: Editor, text: string): void {
  for (const char of text) {
    const { view } = editor;
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(char, from, to);
    if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, char, insert))) view.dispatch(insert());
  }
}
