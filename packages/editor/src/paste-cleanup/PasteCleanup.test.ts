import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_IMAGES_PASTE } from '../__fixtures__/dataImagesPaste';
import { GOOGLE_DOCS_PASTE } from '../__fixtures__/googleDocsPaste';
import { pngFile } from '../__fixtures__/images';
import { WORD_PASTE } from '../__fixtures__/wordPaste';
import { createTestEditor } from '../test-utils/createTestEditor';
import { pasteInto } from '../test-utils/pasteInto';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('paste', () => {
  it('pastes Word HTML as clean marks and a real list', () => {
    editor = createTestEditor().editor;
    pasteInto(editor, { html: WORD_PASTE, text: 'Quarterly report is ready' });
    expect(editor.getHTML()).toBe(
      '<p dir="auto"><strong>Quarterly</strong> report is <em>ready</em></p>' +
        '<ul dir="auto"><li dir="auto"><p dir="auto">Revenue</p></li><li dir="auto"><p dir="auto">Costs</p></li></ul>',
    );
  });

  it('pastes Google Docs HTML with its bold, italic and underline', () => {
    editor = createTestEditor().editor;
    pasteInto(editor, { html: GOOGLE_DOCS_PASTE });
    const html = editor.getHTML();
    expect(html).toContain('<strong>Launch</strong> plan is <em><u>final</u></em>');
    expect(html).toContain('<li dir="auto"><p dir="auto">Design review</p></li>');
  });

  it('linkifies pasted plain text, e-mail addresses as mailto:', () => {
    editor = createTestEditor().editor;
    pasteInto(editor, { text: 'See www.example.org or write to ann@example.com' });
    const html = editor.getHTML();
    expect(html).toContain(
      '<a target="_blank" rel="noopener noreferrer" href="https://www.example.org">www.example.org</a>',
    );
    expect(html).toContain('href="mailto:ann@example.com">ann@example.com</a>');
  });

  it('turns a clipboard holding only an image into an inline image', async () => {
    const setup = createTestEditor();
    editor = setup.editor;
    pasteInto(editor, { files: [pngFile('Screenshot 2026.png')] });
    await Promise.resolve();
    const [entry] = setup.queue.getSnapshot();
    expect(entry).toMatchObject({ name: 'Screenshot 2026.png', isInline: true });
    expect(editor.getHTML()).toContain(`<img src="cid:${entry?.contentId}" alt="Screenshot 2026"`);
  });

  it('uploads data: images in pasted HTML, identical ones once', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    pasteInto(editor, { html: DATA_IMAGES_PASTE });
    expect(setup.queue.getSnapshot()).toHaveLength(2);
    const html = editor.getHTML();
    expect(html.match(/src="cid:/g)).toHaveLength(3);
    expect(html).toContain('src="https://images.example.net/logo.png"');
    expect(html).not.toContain('data:');
  });

  it('never lets script, handlers or javascript: links in through paste', () => {
    editor = createTestEditor().editor;
    pasteInto(editor, {
      html: '<p onclick="alert(1)">Hi <a href="javascript:alert(1)">x</a><script>alert(2)</script><img src=x onerror=alert(3)></p>',
    });
    const html = editor.getHTML();
    expect(html).toBe('<p dir="auto">Hi x</p>');
  });
});
