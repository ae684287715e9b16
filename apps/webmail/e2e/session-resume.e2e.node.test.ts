import { expect, it } from 'vitest';
import { composeDock, signIn, webmailForFile } from './openWebmail';

// A reload takes up the tab's session again, except when it cannot: the server unreachable (the session is kept for
// the next reload, and the form says why it shows) or the session ended (the form, and what was typed comes back).
const app = webmailForFile();
const KEPT = 'inkwell.webmail.session';

it(
  'a reload while the server cannot be reached says so, and the next reload takes the session up again',
  {
    timeout: 90_000,
  },
  async () => {
    const { page, url } = app.current;
    await signIn(page, url);
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toBe(
      'The mail server cannot be reached. Check your connection and try again.',
    );
    await expect(page.evaluate((key) => sessionStorage.getItem(key), KEPT)).resolves.not.toBeNull();

    await page.unroute('**/api/**');
    await page.reload();
    await page.getByRole('listbox', { name: /^Inbox/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign in' }).count()).resolves.toBe(0);
  },
);

it(
  'a reload after the session ended shows the sign-in form, and the message being written comes back after it',
  {
    timeout: 120_000,
  },
  async () => {
    const { page, url, control } = app.current;
    await signIn(page, url);
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = composeDock(page).getByRole('dialog').last();
    await compose.getByRole('textbox', { name: 'Subject' }).fill('Written before the session ended');
    await compose.getByRole('textbox', { name: 'Message body' }).click({ position: { x: 40, y: 12 } });
    await page.keyboard.type('Every word of this stays.');
    await compose
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor({ timeout: 15_000 });

    // Past the emulator's idle limit (30 minutes): the session has ended on the server.
    await control('clock', { method: 'POST', body: { advanceMs: 31 * 60_000 } });
    await page.reload();
    const form = page.getByRole('button', { name: 'Sign in' });
    await form.waitFor();
    // An ended session is no error of the user's: the form shows as for any visit, and the kept id is forgotten.
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.evaluate((key) => sessionStorage.getItem(key), KEPT)).resolves.toBeNull();

    await form.click();
    await page.getByRole('listbox', { name: /^Inbox/ }).waitFor();
    const again = composeDock(page).getByRole('dialog', { name: 'Written before the session ended' });
    await expect
      .poll(() => again.getByRole('textbox', { name: 'Message body' }).innerText(), { timeout: 15_000 })
      .toMatch(/^Every word of this stays\./);
    await again.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    await expect.poll(() => composeDock(page).getByRole('dialog').count()).toBe(0);
  },
);
