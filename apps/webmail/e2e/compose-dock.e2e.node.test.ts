import { expect, it } from 'vitest';
import { composeDock, rowOffset, screenshot, signIn, webmailForFile } from './openWebmail';

// Several messages written at once: every window stays on screen, side by side, the minimised ones by their title.
const app = webmailForFile();

async function boxes() {
  const windows = composeDock(app.current.page).getByRole('dialog');
  const found = [];
  for (const window of await windows.all()) {
    const box = await window.boundingBox();
    if (!box) throw new Error('a compose window is not rendered');
    const title = await window.getByRole('heading').first().boundingBox();
    found.push({ box, title, layout: await window.getAttribute('data-layout') });
  }
  return found;
}

for (const width of [1280, 1024]) {
  it(`keeps three windows, one minimised, side by side on a ${width} px screen`, { timeout: 90_000 }, async () => {
    const { page, url } = app.current;
    await page.setViewportSize({ width, height: 800 });
    // The dock keeps its windows across reloads: start each size with none.
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, url);
    const dock = composeDock(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'New message' }).click();
    await expect.poll(() => dock.getByRole('textbox', { name: 'Subject' }).count(), { timeout: 15_000 }).toBe(3);
    await dock.getByRole('dialog').first().getByRole('button', { name: 'Minimize' }).click();
    await expect.poll(async () => (await boxes()).map((w) => w.layout)).toEqual(['minimized', 'docked', 'docked']);
    const windows = await boxes();
    await screenshot(page, `compose-dock-${width}`);
    for (const { box, title } of windows) {
      // On screen, with its title readable: a window pushed off the edge cannot be told apart from the others.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(title && title.x >= box.x && title.width > 40).toBe(true);
    }
    // Side by side, none covering another.
    const sorted = windows.map((w) => w.box).sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x + sorted[i - 1]!.width);
    // An open window keeps room to write in.
    for (const { box, layout } of windows) if (layout === 'docked') expect(box.width).toBeGreaterThanOrEqual(360);
    // Nothing saved yet, so no status: Discard stays on Send's row instead of a row of its own.
    const last = dock.getByRole('dialog').last();
    const button = (name: string) => last.getByRole('button', { name, exact: true });
    await expect(rowOffset(button('Send'), button('Discard draft'))).resolves.toBeLessThan(2);
    for (let open = 3; open > 0; open--) {
      await dock.getByRole('dialog').first().getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dock.getByRole('dialog').count()).toBe(open - 1);
    }
  });
}
