// The toolbar driven by keyboard only, with real key events.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mountComposer } from './mountComposer';

describe('toolbar by keyboard (real browser)', () => {
  it('Tab reaches the toolbar once, arrows move, Enter toggles, Tab returns to the text', async () => {
    // Wide enough for every item: a narrow toolbar moves the last ones into "More formatting".
    await page.viewport(1024, 768);
    const { editor, unmount } = await mountComposer();
    const bold = page.getByRole('button', { name: 'Bold' });
    const italic = page.getByRole('button', { name: 'Italic' });

    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(bold).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(italic).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(italic).toHaveAttribute('aria-pressed', 'true');

    // Toggling put the focus back in the text: typing continues there, in italics.
    await userEvent.keyboard('slanted');
    expect(editor.getHTML()).toBe('<p dir="auto"><em>slanted</em></p>');

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(italic).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect.element(page.getByRole('button', { name: 'Plain text' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect.element(bold).toHaveFocus();
    await unmount();
  });

  it('Mod+B toggles bold from the text and the button follows', async () => {
    const { editor, unmount } = await mountComposer();
    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    await userEvent.keyboard('{ControlOrMeta>}b{/ControlOrMeta}');
    await expect.element(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('loud');
    expect(editor.getHTML()).toBe('<p dir="auto"><strong>loud</strong></p>');
    await unmount();
  });

  it('Mod+K opens the link form; Enter applies a mailto: link', async () => {
    const { editor, unmount } = await mountComposer();
    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    await userEvent.keyboard('{ControlOrMeta>}k{/ControlOrMeta}');
    const field = page.getByRole('textbox', { name: 'Link address' });
    await expect.element(field).toHaveFocus();
    await userEvent.keyboard('bob@example.com{Enter}');
    expect(editor.getHTML()).toBe(
      '<p dir="auto"><a target="_blank" rel="noopener noreferrer" href="mailto:bob@example.com">bob@example.com</a></p>',
    );
    await unmount();
  });

  it('lays out right-to-left text by itself (dir="auto")', async () => {
    const { container, unmount } = await mountComposer({ initialHtml: '<p>שלום עולם</p><p>Hello</p>' });
    const [hebrew, english] = [...container.querySelectorAll('.ProseMirror p')];
    expect(getComputedStyle(hebrew as Element).direction).toBe('rtl');
    expect(getComputedStyle(english as Element).direction).toBe('ltr');
    await unmount();
  });
});
