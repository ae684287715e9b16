import { afterAll, beforeAll, expect, it } from 'vitest';
import { composeDock, openWebmail, rowOffset, screenshot, signIn, type OpenWebmail } from './openWebmail';

// At 360 px one pane shows at a time, nothing scrolls sideways, and Back returns to the list.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 360, height: 740 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const overflowsSideways = (app: OpenWebmail) =>
  app.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

it('reads a mail on a 360 px screen', { timeout: 90_000 }, async () => {
  const { page } = app;
  await signIn(page, app.url);
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  await expect(inbox.isVisible()).resolves.toBe(true);
  await expect(overflowsSideways(app)).resolves.toBe(false);
  // The header's actions share one row: New message and Sign out side by side.
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  await expect(rowOffset(button('New message'), button('Sign out'))).resolves.toBeLessThan(2);
  await screenshot(page, 'small-screen-list');

  await inbox.getByRole('option', { name: /Quarterly report/ }).click();
  const message = page.getByRole('article', { name: 'Quarterly report and site photos' });
  await message.getByRole('button', { name: /^Download Q3-report\.pdf/ }).waitFor();
  await expect(inbox.isVisible()).resolves.toBe(false);
  await expect(overflowsSideways(app)).resolves.toBe(false);
  await screenshot(page, 'small-screen-message');

  await message.getByRole('button', { name: 'Back to Inbox' }).click();
  await expect(inbox.isVisible()).resolves.toBe(true);
});

it('writes a message in a window that takes the whole 360 px screen', { timeout: 90_000 }, async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'New message' }).click();
  const compose = composeDock(page).getByRole('dialog', { name: 'New message' });
  await compose.getByRole('textbox', { name: 'Subject' }).waitFor();
  await expect(compose.boundingBox()).resolves.toMatchObject({ x: 0, y: 0, width: 360, height: 740 });
  // Send is on screen, not under the page's own controls.
  const send = await compose.getByRole('button', { name: 'Send', exact: true }).boundingBox();
  expect(send && send.y + send.height).toBeLessThanOrEqual(740);
  await expect(overflowsSideways(app)).resolves.toBe(false);
  await screenshot(page, 'small-screen-compose');
  await compose.getByRole('button', { name: 'Close' }).click();
});
