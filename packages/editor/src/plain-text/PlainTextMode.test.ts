import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { pngFile } from '../__fixtures__/images';
import { createTestEditor } from '../test-utils/createTestEditor';
import { canRestoreRichText } from './canRestoreRichText';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const RICH =
  '<p><strong>Bold</strong> and <a href="https://example.org">link</a></p><ul><li><p>one</p></li><li><p>two</p></li></ul>' +
  '<ol><li><p>first</p></li></ol><blockquote><p>cited</p></blockquote>';

describe('PlainTextMode', () => {
  it('converts to plain paragraphs, writing lists and quotes out as text', () => {
    editor = createTestEditor(RICH).editor;
    expect(editor.commands.setPlainTextMode()).toBe(true);
    expect(editor.getHTML()).toBe(
      ['Bold and link', '- one', '- two', '1. first', '&gt; cited'].map((l) => `<p dir="auto">${l}</p>`).join(''),
    );
    expect(editor.storage.plainTextMode.enabled).toBe(true);
  });

  it('refuses marks while in plain text', () => {
    editor = createTestEditor('<p>word</p>').editor;
    editor.commands.setPlainTextMode();
    editor.chain().selectAll().toggleBold().run();
    expect(editor.getHTML()).toBe('<p dir="auto">word</p>');
  });

  it('keeps inline images as regular attachments and restores everything if nothing was edited', () => {
    const setup = createTestEditor(RICH);
    editor = setup.editor;
    editor.commands.insertInlineImage(pngFile());
    const rich = editor.getHTML();
    const [entry] = setup.queue.getSnapshot();

    editor.commands.setPlainTextMode();
    expect(setup.queue.getSnapshot()).toMatchObject([{ localId: entry?.localId, isInline: false }]);
    expect(editor.getHTML()).not.toContain('<img');
    expect(canRestoreRichText(editor)).toBe(true);

    editor.commands.setRichTextMode();
    expect(editor.getHTML()).toBe(rich);
    expect(setup.queue.getSnapshot()).toMatchObject([{ localId: entry?.localId, isInline: true }]);
  });

  it('keeps the edited plain text when switching back after editing', () => {
    editor = createTestEditor(RICH).editor;
    editor.commands.setPlainTextMode();
    editor.commands.insertContentAt(1, 'New ');
    expect(canRestoreRichText(editor)).toBe(false);
    editor.commands.setRichTextMode();
    expect(editor.getHTML()).toContain('<p dir="auto">New Bold and link</p>');
    expect(editor.storage.plainTextMode.enabled).toBe(false);
  });
});

describe('PlainTextMode paste', () => {
  it('pastes only the plain text of rich clipboard content, and no images', async () => {
    const { pasteInto } = await import('../test-utils/pasteInto');
    const setup = createTestEditor();
    editor = setup.editor;
    editor.commands.setPlainTextMode();
    pasteInto(editor, {
      html: '<p><strong>Rich</strong> <img src="cid:x@example.com"></p>',
      text: 'Rich\nsecond line',
      files: [pngFile()],
    });
    expect(editor.getHTML()).toBe('<p dir="auto">Rich</p><p dir="auto">second line</p>');
    expect(setup.queue.getSnapshot()).toEqual([]);
  });
});
