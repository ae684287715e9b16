import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../test-utils/createTestEditor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('Signature', () => {
  it('adds the signature above the quote and swaps it when the sender changes, touching nothing else', () => {
    editor = createTestEditor('<p>My text</p>').editor;
    editor.commands.setQuotedOriginal('<p>Original</p>');
    editor.commands.setSignature('<p>-- <br>Ann, Sales</p>');
    expect(editor.getHTML()).toBe(
      '<p dir="auto">My text</p><div data-inkwell-signature="" dir="auto"><p dir="auto">-- <br>Ann, Sales</p></div>' +
        '<blockquote type="cite" data-inkwell-quote=""><p>Original</p></blockquote>',
    );

    editor.commands.setSignature('<p>Ann, Support<img src="x" onerror="alert(1)"></p>');
    expect(editor.getHTML()).toBe(
      '<p dir="auto">My text</p><div data-inkwell-signature="" dir="auto"><p dir="auto">Ann, Support</p></div>' +
        '<blockquote type="cite" data-inkwell-quote=""><p>Original</p></blockquote>',
    );
  });

  it('removes the signature when the new sender has none', () => {
    editor = createTestEditor('<p>Text</p><div data-inkwell-signature><p>Sig</p></div>').editor;
    editor.commands.setSignature('');
    expect(editor.getHTML()).toBe('<p dir="auto">Text</p>');
  });
});
