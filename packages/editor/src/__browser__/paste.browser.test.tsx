// Paste fixtures through real ClipboardEvents in Chromium.
import { describe, expect, it } from 'vitest';
import { DATA_IMAGES_PASTE } from '../__fixtures__/dataImagesPaste';
import { GOOGLE_DOCS_PASTE } from '../__fixtures__/googleDocsPaste';
import { pngFile } from '../__fixtures__/images';
import { WORD_PASTE } from '../__fixtures__/wordPaste';
import { serializeComposer } from '../serialize/serializeComposer';
import { clipboardData } from '../test-utils/pasteInto';
import { mountComposer } from './mountComposer';

function paste(target: HTMLElement, content: Parameters<typeof clipboardData>[0]): void {
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: clipboardData(content) });
  target.dispatchEvent(event);
}

describe('paste in a real browser', () => {
  it('Word: clean marks and a real list, no Office markup', async () => {
    const { editor, unmount } = await mountComposer();
    paste(editor.view.dom, { html: WORD_PASTE, text: 'Quarterly report is ready' });
    const { bodyHtml } = serializeComposer(editor);
    expect(bodyHtml).toBe(
      '<p dir="auto"><strong>Quarterly</strong> report is <em>ready</em></p>' +
        '<ul dir="auto"><li dir="auto"><p dir="auto">Revenue</p></li><li dir="auto"><p dir="auto">Costs</p></li></ul>',
    );
    await unmount();
  });

  it('Google Docs: no guid wrapper, formatting kept', async () => {
    const { editor, unmount } = await mountComposer();
    paste(editor.view.dom, { html: GOOGLE_DOCS_PASTE, text: 'Launch plan is final' });
    const { bodyHtml } = serializeComposer(editor);
    expect(bodyHtml).toBe(
      '<p dir="auto"><strong>Launch</strong> plan is <em><u>final</u></em></p>' +
        '<ul dir="auto"><li dir="auto"><p dir="auto">Design review</p></li></ul>',
    );
    await unmount();
  });

  it('an image-only clipboard becomes an inline image shown from its local preview', async () => {
    const { editor, queue, container, unmount } = await mountComposer();
    paste(editor.view.dom, { files: [pngFile('Screenshot.png')] });
    await expect.poll(() => queue.getSnapshot().length).toBe(1);
    const [entry] = queue.getSnapshot();
    const img = container.querySelector<HTMLImageElement>('.inkwell-image img');
    await expect.poll(() => img?.complete && img.naturalWidth).toBe(1);
    expect(serializeComposer(editor).bodyHtml).toContain(`<img src="cid:${entry?.contentId}" alt="Screenshot"`);
    await unmount();
  });

  it('HTML with data: images uploads each distinct image once and sends cid: only', async () => {
    const { editor, queue, unmount } = await mountComposer();
    paste(editor.view.dom, { html: DATA_IMAGES_PASTE, text: 'Before middle' });
    const entries = queue.getSnapshot();
    expect(entries).toHaveLength(2);
    const { bodyHtml } = serializeComposer(editor);
    expect([...bodyHtml.matchAll(/src="cid:([^"]+)"/g)].map((m) => m[1])).toEqual([
      entries[0]?.contentId,
      entries[1]?.contentId,
      entries[0]?.contentId,
    ]);
    expect(bodyHtml).toContain('src="https://images.example.net/logo.png"');
    expect(bodyHtml).not.toContain('data:');
    await unmount();
  });

  it('image files dropped on the text become inline images where they were dropped', async () => {
    const { editor, queue, unmount } = await mountComposer({ initialHtml: '<p>Drop here</p>' });
    const paragraph = editor.view.dom.querySelector('p');
    const box = paragraph?.getBoundingClientRect();
    if (!box) throw new Error('no paragraph');
    const event = new DragEvent('drop', {
      bubbles: true,
      cancelable: true,
      clientX: box.right - 1,
      clientY: box.top + box.height / 2,
      dataTransfer: clipboardData({ files: [pngFile('dropped.png')] }),
    });
    paragraph?.dispatchEvent(event);
    await expect.poll(() => queue.getSnapshot().length).toBe(1);
    expect(event.defaultPrevented).toBe(true);
    const [entry] = queue.getSnapshot();
    expect(serializeComposer(editor).bodyHtml).toBe(
      `<p dir="auto">Drop here<img src="cid:${entry?.contentId}" alt="dropped" style="max-width: 100%; height: auto;"></p>`,
    );
    await unmount();
  });
});
