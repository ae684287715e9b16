import { bodyPartsOf } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { PNG_A_DATA_URL } from '../__fixtures__/images';
import { createTestEditor } from '../test-utils/createTestEditor';
import { serializeComposer } from './serializeComposer';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const IMG_STYLE = 'max-width: 100%; height: auto;';

describe('serializeComposer', () => {
  it('keeps cid images and lists the inline parts the HTML refers to plus regular attachments', () => {
    const setup = createTestEditor('<p>Hi <img src="cid:one@example.com" alt="logo"> there</p>');
    editor = setup.editor;
    setup.queue.seed({ localId: 'a', contentId: 'one@example.com', isInline: true, queueId: 7 });
    setup.queue.seed({ localId: 'b', contentId: 'orphan@example.com', isInline: true, queueId: 8 });
    setup.queue.seed({ localId: 'c', isInline: false, queueId: 9, name: 'report.pdf' });

    const result = serializeComposer(editor);

    expect(result.bodyHtml).toBe(
      `<p dir="auto">Hi <img src="cid:one@example.com" alt="logo" style="${IMG_STYLE}"> there</p>`,
    );
    expect(result.temporaryAttachments).toEqual([
      { id: 7, contentId: 'one@example.com', isInline: true },
      { id: 9, isInline: false },
    ]);
    expect(result.pendingAttachments).toEqual([]);
    expect(result.unresolvedContentIds).toEqual([]);
    expect(result.isPlainText).toBe(false);
  });

  it('reports parts still uploading and cids with no queue entry instead of dropping them silently', () => {
    const setup = createTestEditor('<p><img src="cid:gone@example.com" alt="x"></p>');
    editor = setup.editor;
    editor.commands.insertInlineImage(new File(['png'], 'shot.png', { type: 'image/png' }));
    const [entry] = setup.queue.getSnapshot();

    const result = serializeComposer(editor);

    expect(result.pendingAttachments).toEqual([entry?.localId]);
    expect(result.unresolvedContentIds).toEqual(['gone@example.com']);
    expect(result.temporaryAttachments).toEqual([]);
    expect(result.bodyHtml).toContain(`src="cid:${entry?.contentId}"`);
  });

  it('writes alignment as inline styles, keeps blank lines and never emits blob: or data: sources', () => {
    const setup = createTestEditor(
      `<p style="text-align: center">Centered</p><p></p><p><img src="blob:http://x/1"><img src="${PNG_A_DATA_URL}"></p>`,
    );
    editor = setup.editor;
    const { bodyHtml } = serializeComposer(editor);
    expect(bodyHtml).toMatch(/<p (?=[^>]*dir="auto")(?=[^>]*style="text-align: center;")[^>]*>Centered<\/p>/);
    expect(bodyHtml).toContain('<p dir="auto"><br></p>');
    expect(bodyHtml).not.toMatch(/blob:|data:/);
    expect(bodyHtml).not.toContain('class=');
    // The data: image became an inline upload; the blob: one (a dead local URL) was dropped.
    const [upload] = setup.queue.getSnapshot();
    expect(setup.queue.getSnapshot()).toHaveLength(1);
    expect(bodyHtml).toContain(`<img src="cid:${upload?.contentId}"`);
    expect(upload?.contentId).toMatch(/^[\w-]+@example\.com$/);
  });

  it('splices the quote back verbatim with its cid references and includes its inline parts', () => {
    const quote =
      '<table style="border-collapse: collapse"><tbody><tr><td style="color: red">Q1</td></tr></tbody></table><img src="cid:chart@old.example" alt="chart">';
    const setup = createTestEditor(`<p>Reply</p><blockquote type="cite" data-inkwell-quote="">${quote}</blockquote>`);
    editor = setup.editor;
    setup.queue.seed({ localId: 'q', contentId: 'chart@old.example', isInline: true, queueId: 31 });

    const result = serializeComposer(editor);

    expect(result.bodyHtml).toBe(
      `<p dir="auto">Reply</p><blockquote type="cite" data-inkwell-quote="">${quote}</blockquote>`,
    );
    expect(result.temporaryAttachments).toEqual([{ id: 31, contentId: 'chart@old.example', isInline: true }]);
    expect(editor.getHTML()).toBe(result.bodyHtml);
  });

  it('joins the body from its parts, remembered with it, the quote as one part', () => {
    const quote = '<p>Original line</p>';
    const setup = createTestEditor(`<p>Reply</p><blockquote type="cite" data-inkwell-quote="">${quote}</blockquote>`);
    editor = setup.editor;
    const first = serializeComposer(editor).bodyHtml;
    editor.commands.insertContentAt(1, 'My ');
    const second = serializeComposer(editor).bodyHtml;

    const block = `<blockquote type="cite" data-inkwell-quote="">${quote}</blockquote>`;
    const parts = bodyPartsOf(second);
    expect(parts).toEqual([
      { html: '<p dir="auto">My Reply</p>', quoted: false },
      { html: block, quoted: true },
      { html: '', quoted: false },
    ]);
    expect(bodyPartsOf(first)?.[0]).toEqual({ html: '<p dir="auto">Reply</p>', quoted: false });
  });

  it('produces a text version that includes the quote', () => {
    const setup = createTestEditor(
      '<p>Thanks, see below.</p><blockquote type="cite" data-inkwell-quote=""><p>Original line</p></blockquote>',
    );
    editor = setup.editor;
    const { bodyText } = serializeComposer(editor);
    expect(bodyText).toContain('Thanks, see below.');
    expect(bodyText).toMatch(/> ?Original line/);
    expect(bodyText.indexOf('Thanks')).toBeLessThan(bodyText.indexOf('Original line'));
  });
});
