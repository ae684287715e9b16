import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from './test-utils/createTestEditor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('createComposerExtensions', () => {
  it('does not extend a link with the text typed right after it', () => {
    editor = createTestEditor('<p>See <a href="https://wiki.example.com/q3">wiki</a></p>').editor;
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContent(', and more');
    expect(editor.getHTML()).toMatch(/>wiki<\/a>, and more<\/p>$/);
  });

  it('still links a URL typed into the text once its word ends', () => {
    editor = createTestEditor('<p>x</p>').editor;
    editor.commands.setTextSelection(2);
    // Typed one character at a time, as autolink sees typing.
    for (const ch of ' https://example.com/a ') editor.view.dispatch(editor.state.tr.insertText(ch));
    expect(editor.getHTML()).toContain(
      '<a target="_blank" rel="noopener noreferrer" href="https://example.com/a">https://example.com/a</a>',
    );
  });
});
