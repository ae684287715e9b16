// A click on the body's empty space below the signature writes in the user's part, not in the signature.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { loadEditorExtras } from '../extras/loadEditorExtras';
import { mountComposer } from './mountComposer';

const SIGNATURE = '<p>-- </p><p>Ana Pop</p>';

async function clickBelowText(): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Message body' });
  const box = body.element().getBoundingClientRect();
  await userEvent.click(body, { position: { x: 20, y: box.height - 10 } });
}

describe('a click on empty space in the body (real browser)', () => {
  it('puts the caret at the end of the text above the signature', async () => {
    await loadEditorExtras();
    const { editor, container, unmount } = await mountComposer({ signatureHtml: SIGNATURE });
    container.querySelector<HTMLElement>('.ProseMirror')!.style.minHeight = '300px';
    await clickBelowText();
    await userEvent.keyboard('Hello');
    await clickBelowText();
    await userEvent.keyboard(' there');
    const signature = editor.view.dom.querySelector('[data-inkwell-signature]');
    expect(signature?.textContent).toBe('--Ana Pop');
    expect(editor.state.doc.firstChild?.textContent).toBe('Hello there');
    await unmount();
  });

  it('writes above the signature and the quote of a reply, not below the quote', async () => {
    await loadEditorExtras();
    const { editor, unmount } = await mountComposer({
      signatureHtml: SIGNATURE,
      quotedHtml: '<p>The original message.</p>',
    });
    await clickBelowText();
    await userEvent.keyboard('Thanks');
    expect(editor.state.doc.firstChild?.textContent).toBe('Thanks');
    const html = editor.getHTML();
    expect(html).toMatch(/^<p[^>]*>Thanks<\/p><div data-inkwell-signature/);
    expect(html).toMatch(/<\/blockquote>$/);
    await unmount();
  });

  it('writes at the end of what the user wrote below the quote (bottom-posting)', async () => {
    await loadEditorExtras();
    const { editor, container, unmount } = await mountComposer({ quotedHtml: '<p>The original message.</p>' });
    container.querySelector<HTMLElement>('.ProseMirror')!.style.minHeight = '300px';
    editor.commands.insertContentAt(editor.state.doc.content.size, '<p>Answer below</p>');
    await clickBelowText();
    await userEvent.keyboard(', and more');
    expect(editor.state.doc.lastChild?.textContent).toBe('Answer below, and more');
    expect(editor.state.doc.firstChild?.textContent).toBe('');
    await unmount();
  });

  it('makes a line to write on when everything above the signature was deleted', async () => {
    await loadEditorExtras();
    const { editor, container, unmount } = await mountComposer({ signatureHtml: SIGNATURE });
    container.querySelector<HTMLElement>('.ProseMirror')!.style.minHeight = '300px';
    editor.commands.deleteRange({ from: 0, to: editor.state.doc.firstChild!.nodeSize });
    expect(editor.state.doc.firstChild?.type.name).toBe('signature');
    await clickBelowText();
    await userEvent.keyboard('Hi');
    expect(editor.state.doc.firstChild?.textContent).toBe('Hi');
    expect(editor.view.dom.querySelector('[data-inkwell-signature]')?.textContent).toBe('--Ana Pop');
    await unmount();
  });

  it('leaves a click on the signature itself in the signature', async () => {
    await loadEditorExtras();
    const { editor, unmount } = await mountComposer({ signatureHtml: SIGNATURE });
    await userEvent.click(page.getByText('Ana Pop'));
    await userEvent.keyboard('{End}, Inkwell');
    expect(editor.view.dom.querySelector('[data-inkwell-signature]')?.textContent).toBe('--Ana Pop, Inkwell');
    await unmount();
  });
});
