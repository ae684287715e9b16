// Visual regression for the compose window stories on the emulator (its MSW handlers, started by the stories'
// loader with public/mockServiceWorker.js). Update the references with `pnpm test:visual -u`.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { page } from 'vitest/browser';
import { beforeAll, describe, expect, it } from 'vitest';
import previewAnnotations from '../../../../.storybook/preview';
import * as composeWindow from '../compose/ComposeWindow.stories';

setProjectAnnotations(previewAnnotations);

const Compose = composeStories(composeWindow);

beforeAll(async () => {
  await page.viewport(800, 1000);
});

describe('ComposeWindow', () => {
  it.each([
    ['dark', Compose.Dark],
    ['brand', Compose.Brand],
    ['romanian', Compose.Romanian],
    ['arabic', Compose.Arabic],
  ])('%s', async (name, Story) => {
    const canvasElement = document.body.appendChild(document.createElement('div'));
    // Loaders (the emulator's handlers), render and the story's own play, as in Storybook.
    await Story.run({ canvasElement });
    // Signed in to the emulator and the composer mounted (stories without a play function return before that).
    const body = () => canvasElement.querySelector<HTMLElement>('.ink-compose [contenteditable="true"]');
    await expect.poll(body, { timeout: 20_000 }).not.toBeNull();
    const win = body()!.closest<HTMLElement>('.ink-compose')!;
    // A focused field's caret blinks; the shot is of the window, not the caret.
    (document.activeElement as HTMLElement | null)?.blur();
    await expect.element(page.elementLocator(win)).toMatchScreenshot(`compose-window-${name}`);
    canvasElement.remove();
  });
});
