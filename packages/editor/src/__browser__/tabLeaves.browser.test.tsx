// Tab is not trapped by the text: a keyboard user moves on to what follows the composer.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mountComposer } from './mountComposer';

describe('keyboard focus (real browser)', () => {
  it('Tab leaves the message body for the next control', async () => {
    const after = document.createElement('button');
    after.textContent = 'After the composer';
    const { unmount } = await mountComposer();
    document.body.append(after);
    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    await userEvent.keyboard('Hello');
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('textbox', { name: 'Message body' })).not.toHaveFocus();
    after.remove();
    await unmount();
  });
});
