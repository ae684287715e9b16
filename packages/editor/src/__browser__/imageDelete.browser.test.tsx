// Deleting an image removes its attachment and removing the attachment removes the image, with real keys.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PNG_B_BASE64, pngFile } from '../__fixtures__/images';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';
import { mountComposer } from './mountComposer';

describe('image and attachment stay in step (real browser)', () => {
  it('Backspace after the image removes its attachment', async () => {
    const { editor, queue, unmount } = await mountComposer();
    editor.chain().focus().insertContent('Look: ').insertInlineImage(pngFile('plan.png')).run();
    const [entry] = queue.getSnapshot();
    expect(entry?.isInline).toBe(true);

    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    editor.commands.focus('end');
    await expect.poll(() => editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
    await userEvent.keyboard('{Backspace}');

    expect(editor.getHTML()).toBe('<p dir="auto">Look: </p>');
    expect(queue.getSnapshot()).toEqual([]);
    expect(queue.calls.at(-1)).toEqual({ method: 'remove', localId: entry?.localId });
    await unmount();
  });

  it('removing the attachment (e.g. from the attachment list) removes the image', async () => {
    const { editor, queue, container, unmount } = await mountComposer();
    editor.chain().focus().insertContent('Keep this text ').insertInlineImage(pngFile('plan.png')).run();
    await expect.poll(() => container.querySelectorAll('.inkwell-image').length).toBe(1);
    const [entry] = queue.getSnapshot();

    queue.remove(entry?.localId ?? '');

    await expect.poll(() => container.querySelectorAll('.inkwell-image').length).toBe(0);
    expect(editor.getHTML()).toBe('<p dir="auto">Keep this text </p>');
    await unmount();
  });

  it('the failed-upload Remove button removes both', async () => {
    const { editor, queue, unmount } = await mountComposer();
    editor.chain().focus().insertInlineImage(pngFile('big.png')).run();
    const [entry] = queue.getSnapshot();
    queue.fail(entry?.localId ?? '', 'Too large');
    await expect.element(page.getByRole('alert')).toHaveTextContent('big.png: Too large');
    await userEvent.click(page.getByRole('button', { name: 'Remove image big.png' }));
    expect(queue.getSnapshot()).toEqual([]);
    expect(editor.getHTML()).toBe('');
    await unmount();
  });

  it('undo brings back an image from a reopened draft, re-uploading the same bytes read from its preview', async () => {
    const queue = createFakeAttachmentQueue();
    const bytes = pngFile('from-draft.png', PNG_B_BASE64);
    queue.seed(
      { localId: 'old', contentId: 'old@example.com', isInline: true, queueId: 4, name: 'from-draft.png' },
      bytes,
    );
    const { editor, unmount } = await mountComposer(
      { initialHtml: '<p>Text <img src="cid:old@example.com" alt="from draft"></p>' },
      queue,
    );

    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    editor.commands.focus('end');
    await expect.poll(() => document.activeElement === editor.view.dom && editor.state.selection.empty).toBe(true);
    await expect.poll(() => editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
    await userEvent.keyboard('{Backspace}');
    expect(editor.getHTML()).toBe('<p dir="auto">Text </p>');
    expect(queue.getSnapshot()).toEqual([]);

    editor.commands.undo();
    expect(editor.getHTML()).toContain('<img src="cid:old@example.com" alt="from draft"');
    await expect.poll(() => queue.getSnapshot().length).toBe(1);
    const [restored] = queue.getSnapshot();
    expect(restored).toMatchObject({ contentId: 'old@example.com', isInline: true, name: 'from-draft.png' });
    const uploaded = queue.blobOf(restored?.localId ?? '');
    expect(new Uint8Array(await (uploaded as Blob).arrayBuffer())).toEqual(new Uint8Array(await bytes.arrayBuffer()));
    await unmount();
  });
});
