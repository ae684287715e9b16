import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { DOMSerializer } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_IMAGES_PASTE } from '../__fixtures__/dataImagesPaste';
import { pngFile } from '../__fixtures__/images';
import { createTestEditor } from '../test-utils/createTestEditor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function imagePositions(current: Editor): number[] {
  const positions: number[] = [];
  current.state.doc.descendants((node, pos) => {
    if (node.type.name === 'inlineImage') positions.push(pos);
  });
  return positions;
}

function selectImage(current: Editor, index = 0): void {
  const pos = imagePositions(current)[index];
  if (pos === undefined) throw new Error(`no image ${index}`);
  current.view.dispatch(current.state.tr.setSelection(NodeSelection.create(current.state.doc, pos)));
}

describe('InlineImage', () => {
  it('uploads an inserted image inline with a <random>@<sender domain> content id and refers to it by cid:', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    const file = pngFile('screenshot.png');
    expect(editor.commands.insertInlineImage(file)).toBe(true);

    const [entry] = setup.queue.getSnapshot();
    expect(setup.queue.calls).toEqual([
      { method: 'add', localId: entry?.localId, arg: { inline: true, contentId: entry?.contentId } },
    ]);
    expect(entry?.contentId).toMatch(/^[A-Za-z0-9_-]{22}@example\.com$/);
    expect(setup.queue.blobOf(entry?.localId ?? '')).toBe(file);
    expect(editor.getHTML()).toBe(
      `<p dir="auto"><img src="cid:${entry?.contentId}" alt="screenshot" style="max-width: 100%; height: auto;"></p>`,
    );
  });

  it('refuses non-image files', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    expect(editor.commands.insertInlineImage(new File(['x'], 'a.pdf', { type: 'application/pdf' }))).toBe(false);
    expect(setup.queue.getSnapshot()).toEqual([]);
  });

  it('removes the attachment when the image is deleted, and uploads the same bytes again on undo', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    const file = pngFile();
    editor.commands.insertInlineImage(file);
    const [first] = setup.queue.getSnapshot();
    // A separate undo step for the delete (edits within 500 ms are grouped).
    editor.view.dispatch(closeHistory(editor.state.tr));

    selectImage(editor);
    editor.commands.deleteSelection();
    expect(imagePositions(editor)).toEqual([]);
    expect(setup.queue.getSnapshot()).toEqual([]);
    expect(setup.queue.calls.at(-1)).toEqual({ method: 'remove', localId: first?.localId });

    editor.commands.undo();
    expect(imagePositions(editor)).toHaveLength(1);
    const [restored] = setup.queue.getSnapshot();
    expect(restored?.contentId).toBe(first?.contentId);
    expect(restored?.isInline).toBe(true);
    expect(setup.queue.blobOf(restored?.localId ?? '')).toBe(file);
  });

  it('removes the image when its attachment is removed from the queue', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    editor.commands.insertContent('<p>Text</p>');
    editor.commands.insertInlineImage(pngFile());
    const [entry] = setup.queue.getSnapshot();

    setup.queue.remove(entry?.localId ?? '');

    expect(imagePositions(editor)).toEqual([]);
    expect(editor.getText()).toContain('Text');
  });

  it('keeps a shared attachment until the last image that uses it is deleted', () => {
    const setup = createTestEditor(
      '<p><img src="cid:same@example.com" alt="a"> and <img src="cid:same@example.com" alt="b"></p>',
    );
    editor = setup.editor;
    setup.queue.seed({ localId: 's', contentId: 'same@example.com', isInline: true, queueId: 1 });

    selectImage(editor, 0);
    editor.commands.deleteSelection();
    expect(setup.queue.getSnapshot().map((e) => e.localId)).toEqual(['s']);

    selectImage(editor, 0);
    editor.commands.deleteSelection();
    expect(setup.queue.getSnapshot()).toEqual([]);
  });

  it('turns an image into a regular attachment and back, keeping the part and its content id', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    editor.commands.insertInlineImage(pngFile('chart.png'));
    const [entry] = setup.queue.getSnapshot();
    const contentId = entry?.contentId ?? '';

    expect(editor.commands.inlineImageToAttachment(contentId)).toBe(true);
    expect(imagePositions(editor)).toEqual([]);
    expect(setup.queue.getSnapshot()).toMatchObject([{ localId: entry?.localId, isInline: false, contentId }]);

    expect(editor.commands.attachmentToInlineImage(entry?.localId ?? '')).toBe(true);
    expect(imagePositions(editor)).toHaveLength(1);
    expect(setup.queue.getSnapshot()).toMatchObject([{ localId: entry?.localId, isInline: true, contentId }]);
    expect(editor.getHTML()).toContain(`src="cid:${contentId}"`);
  });

  it('shows an attachment turned inline from outside the editor (the attachment list) as an image', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    setup.queue.seed({ localId: 'r', contentId: 'photo@example.com', isInline: false, name: 'photo.png' });
    setup.queue.setInline('r', true);
    expect(editor.getHTML()).toContain('<img src="cid:photo@example.com" alt="photo.png"');
  });

  it('uploads data: images from incoming HTML once per distinct image and keeps remote images as links', () => {
    const setup = createTestEditor();
    editor = setup.editor;
    editor.commands.setContent(DATA_IMAGES_PASTE);

    const entries = setup.queue.getSnapshot();
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.isInline && e.contentType === 'image/png')).toBe(true);
    const html = editor.getHTML();
    const cids = [...html.matchAll(/src="cid:([^"]+)"/g)].map((m) => m[1]);
    expect(cids).toEqual([entries[0]?.contentId, entries[1]?.contentId, entries[0]?.contentId]);
    expect(html).toContain('<img src="https://images.example.net/logo.png" alt="logo"');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('alt="vector"');
  });

  it('sets alt text and a width on the selected image', () => {
    const setup = createTestEditor('<p><img src="cid:x@example.com" alt="old"></p>');
    editor = setup.editor;
    selectImage(editor);
    expect(editor.commands.setInlineImageAlt('  Sales chart ')).toBe(true);
    expect(editor.commands.setInlineImageWidth(240.4)).toBe(true);
    expect(editor.commands.setInlineImageWidth(3)).toBe(false);
    expect(editor.getHTML()).toBe(
      '<p dir="auto"><img src="cid:x@example.com" alt="Sales chart" width="240" style="width: 240px; max-width: 100%; height: auto;"></p>',
    );
  });

  it('keeps the content ids of cid: images loaded from HTML, and their width', () => {
    const setup = createTestEditor('<p><img src="cid:%3Cabc%40old.example%3E" width="120" alt="a"></p>');
    editor = setup.editor;
    expect(editor.state.doc.firstChild?.firstChild?.attrs).toMatchObject({ contentId: 'abc@old.example', width: 120 });
  });

  it('draws a cid: image without a src outside its node view (no unknown-scheme load), and copies it back', () => {
    const setup = createTestEditor('<p>x<img src="cid:abc@old.example" alt="a"></p>');
    editor = setup.editor;
    const image = editor.state.doc.firstChild!.child(1);
    const dom = DOMSerializer.fromSchema(editor.schema).serializeNode(image) as HTMLElement;
    expect(dom.hasAttribute('src')).toBe(false);
    expect(dom.getAttribute('data-inkwell-src')).toBe('cid:abc@old.example');
    // What the clipboard carries reads back as the same part; the email HTML still refers to it by cid:.
    const again = createTestEditor(`<p>${dom.outerHTML}</p>`);
    expect(again.editor.state.doc.firstChild?.firstChild?.attrs).toMatchObject({ contentId: 'abc@old.example' });
    again.editor.destroy();
    expect(editor.getHTML()).toContain('src="cid:abc@old.example"');
  });
});
