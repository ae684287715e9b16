// A narrow composer: items that do not fit move into "More formatting" instead of wrapping, in one row.
import { describe, expect, it } from 'vitest';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';
import { page, userEvent } from 'vitest/browser';
import { mountComposer } from './mountComposer';

function wrapIn(width: number, dir: 'ltr' | 'rtl' = 'ltr') {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.dir = dir;
  document.body.append(host);
  return host;
}

describe('toolbar overflow (real browser)', () => {
  it('shows every item in one row when wide, and none in a menu', async () => {
    const host = wrapIn(900);
    const { unmount } = await mountComposer({}, createFakeAttachmentQueue(), host);
    await expect.element(page.getByRole('button', { name: 'Plain text' })).toBeVisible();
    expect(page.getByRole('button', { name: 'More formatting' }).query()).toBeNull();
    await unmount();
    host.remove();
  });

  it('keeps one row at 360 px and reaches the rest through the menu by keyboard', async () => {
    const host = wrapIn(340);
    const { editor, unmount } = await mountComposer({}, createFakeAttachmentQueue(), host);
    const more = page.getByRole('button', { name: 'More formatting' });
    await expect.element(more).toBeVisible();
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' }).element();
    // One row: nothing wraps and nothing sticks out of the composer.
    const buttons = [...toolbar.querySelectorAll('button')];
    const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
    expect(toolbar.scrollWidth).toBeLessThanOrEqual(toolbar.clientWidth);
    expect(page.getByRole('button', { name: 'Bold' }).query()).not.toBeNull();
    expect(page.getByRole('button', { name: 'Align right' }).query()).toBeNull();

    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{End}');
    await expect.element(more).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('menu', { name: 'More formatting' })).toBeVisible();
    const center = page.getByRole('menuitemcheckbox', { name: 'Center' });
    // Walk down to "Center" with the arrow keys, then run it with Enter.
    for (let i = 0; i < 10 && document.activeElement !== center.element(); i++) await userEvent.keyboard('{ArrowDown}');
    await expect.element(center).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(page.getByRole('menu').query()).toBeNull();
    await userEvent.keyboard('centred');
    expect(editor.getHTML()).toContain('text-align: center');

    // Escape closes the menu and puts focus back on its button.
    await userEvent.click(more);
    await expect.element(page.getByRole('menu')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(page.getByRole('menu').query()).toBeNull();
    await expect.element(more).toHaveFocus();
    await unmount();
    host.remove();
  });

  it('mirrors arrow keys right to left and speaks the host’s language', async () => {
    const host = wrapIn(900, 'rtl');
    const { unmount } = await mountComposer(
      { messages: { toolbar: 'تنسيق', bold: 'غامق', italic: 'مائل' } },
      createFakeAttachmentQueue(),
      host,
    );
    const bold = page.getByRole('button', { name: 'غامق' });
    (bold.element() as HTMLElement).focus();
    await expect.element(bold).toHaveFocus();
    // In right-to-left text the next item is to the left.
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(page.getByRole('button', { name: 'مائل' })).toHaveFocus();
    expect(page.getByRole('toolbar', { name: 'تنسيق' }).query()).not.toBeNull();
    await unmount();
    host.remove();
  });
});
