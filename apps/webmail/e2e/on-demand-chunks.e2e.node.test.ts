import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { composeDock, openWebmail, signIn, type OpenWebmail } from './openWebmail';

// The composer's sanitizer and the recipient parser are chunks loaded on demand. In the real app, with both chunks
// unreachable (offline since the page loaded), the window says so in words and loses nothing typed; once they are
// reachable again, Try again and Enter load them, in the same page (Chromium fetches a failed module again).
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 900 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const SANITIZER_CHUNK = '**/editor/src/sanitize/htmlKit.ts*';
const PARSER_CHUNK = '**/compose-core/src/recipients.ts*';

it(
  'a compose window whose on-demand chunks cannot load says so, keeps the text, and recovers',
  { timeout: 90_000 },
  async () => {
    const { page } = app;
    await signIn(page, app.url);
    const blocked: string[] = [];
    for (const chunk of [SANITIZER_CHUNK, PARSER_CHUNK]) {
      await page.route(chunk, (route) => {
        blocked.push(route.request().url());
        return route.abort('internetdisconnected');
      });
    }
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = composeDock(page).getByRole('dialog').last();

    // The account has a signature, so the composer starts from HTML and needs its sanitizer.
    await expect
      .poll(() => compose.getByRole('alert').filter({ hasText: 'The editor could not be loaded.' }).count())
      .toBe(1);
    expect(await compose.getByRole('textbox', { name: 'Message body' }).count()).toBe(0);

    // A recipient typed while its parser cannot load stays in the field, with the reason announced.
    const to = compose.getByRole('combobox', { name: 'To', exact: true });
    await to.fill('Bob Builder <bob@inkwell.test>');
    await to.press('Enter');
    await expect
      .poll(() =>
        compose.getByText('What you typed could not be read yet and stays in the field.', { exact: false }).count(),
      )
      .toBe(1);
    expect(await to.inputValue()).toBe('Bob Builder <bob@inkwell.test>');
    // Send does not go without it: the window stops at the field, text kept.
    await compose.getByRole('textbox', { name: 'Subject' }).fill('Held back');
    await compose.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => to.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await to.inputValue()).toBe('Bob Builder <bob@inkwell.test>');
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(0);
    expect(blocked.some((url) => url.includes('htmlKit'))).toBe(true);
    expect(blocked.some((url) => url.includes('recipients'))).toBe(true);

    // Back online: the same page loads both.
    await page.unroute(SANITIZER_CHUNK);
    await page.unroute(PARSER_CHUNK);
    await compose.getByRole('button', { name: 'Try again' }).click();
    const body = compose.getByRole('textbox', { name: 'Message body' });
    await body.waitFor();
    await expect.poll(() => body.locator('[data-inkwell-signature]').count()).toBe(1);
    await to.press('Enter');
    await expect.poll(() => compose.getByRole('button', { name: /^Bob Builder bob@inkwell\.test/ }).count()).toBe(1);
    expect(await to.inputValue()).toBe('');

    // Pasted HTML goes in sanitized.
    await body.click({ position: { x: 40, y: 12 } });
    await body.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/html', '<p><b>Pasted</b><img src="x" onerror="window.__pwned = true"></p>');
      data.setData('text/plain', 'Pasted');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => body.locator('strong', { hasText: 'Pasted' }).count()).toBe(1);
    expect(await body.locator('[onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  },
);

const DISCARD_CHUNK = '**/ui/src/compose/DiscardConfirm.tsx*';
const MENU_CHUNK = '**/ui/src/menu/menuParts.tsx*';

it(
  'a dialog or a menu whose chunk cannot load says so instead of closing the window, and opens on Try again',
  { timeout: 90_000 },
  async () => {
    // A page of its own: the test before loaded the chunk (a pointer over the footer preloads the dialogs).
    const own = await openWebmail();
    onTestFinished(() => own.close());
    const { page } = own;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.route(DISCARD_CHUNK, (route) => route.abort('internetdisconnected'));
    await page.route(MENU_CHUNK, (route) => route.abort('internetdisconnected'));
    await signIn(page, own.url);
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = composeDock(page).getByRole('dialog').last();
    const subject = compose.getByRole('textbox', { name: 'Subject' });
    await subject.fill('Kept while offline');

    await compose.getByRole('button', { name: 'Discard draft' }).click();
    await expect
      .poll(() =>
        compose.getByRole('alert').filter({ hasText: 'This part of the window could not be loaded.' }).count(),
      )
      .toBe(1);
    expect(await subject.inputValue()).toBe('Kept while offline');
    expect(await page.getByRole('dialog', { name: 'Discard this draft?' }).count()).toBe(0);

    await page.unroute(DISCARD_CHUNK);
    await compose.getByRole('button', { name: 'Try again' }).click();
    const confirm = page.getByRole('dialog', { name: 'Discard this draft?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await subject.inputValue()).toBe('Kept while offline');
    expect(await compose.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(0);

    // The send options menu: its items are a chunk too.
    await compose.getByRole('button', { name: 'More send options' }).click();
    const menuFailed = compose.getByRole('alert').filter({ hasText: 'The menu could not be loaded.' });
    await expect.poll(() => menuFailed.count()).toBe(1);
    expect(await compose.getByRole('menu').count()).toBe(0);
    await page.unroute(MENU_CHUNK);
    await menuFailed.getByRole('button', { name: 'Try again' }).click();
    await compose.getByRole('menuitem', { name: 'Schedule send' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => compose.getByRole('menu').count()).toBe(0);
    expect(await subject.inputValue()).toBe('Kept while offline');
  },
);
