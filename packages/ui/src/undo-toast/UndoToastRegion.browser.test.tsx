// Layout in a real browser: the pointer entering a toast (which pauses it and shows a hint) must not move the Undo
// button, or the click the pointer was on its way to lands beside it and nothing is undone.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { expect, it } from 'vitest';
import previewAnnotations from '../../../../.storybook/preview';
import * as stories from './UndoToastRegion.stories';

setProjectAnnotations(previewAnnotations);
const { Countdown } = composeStories(stories);

it('keeps the Undo button where it was when the pointer enters the toast', async () => {
  const onReopen = fn();
  await render(<Countdown onReopen={onReopen} />);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect.element(undo).toBeVisible();
  const before = undo.element().getBoundingClientRect();
  await userEvent.hover(page.getByRole('listitem', { name: 'Message sent' }));
  await expect.element(page.getByRole('region', { name: 'Notifications' })).toHaveAttribute('data-paused', 'true');
  await expect.element(page.getByText(/the server will not wait/)).toBeVisible();
  const after = undo.element().getBoundingClientRect();
  expect({ top: after.top, left: after.left }).toEqual({ top: before.top, left: before.left });
  await userEvent.click(undo);
  await expect.poll(() => onReopen.mock.calls.length).toBe(1);
});
