import { afterAll, beforeAll, expect, it } from 'vitest';
import { addRecipient, composeDock, openWebmail, signIn, type OpenWebmail } from './openWebmail';

// Header-mode login, a session that expires while the user writes (the emulator's idle timeout on its clock), and
// signing out.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 800 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

it('keeps the message being written through an expired session, then signs out', { timeout: 120_000 }, async () => {
  const { page, control } = app;
  const sessionHeaders: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/mails')) sessionHeaders.push(r.headers()['x-axigen-session'] ?? '');
  });
  await signIn(page, app.url, 'header');
  // Header mode: the session travels in X-Axigen-Session, not in `_h`.
  expect(sessionHeaders.length).toBeGreaterThan(0);
  expect(sessionHeaders.every((h) => h !== '')).toBe(true);

  await page.getByRole('button', { name: 'New message' }).click();
  const blank = composeDock(page).getByRole('dialog', { name: 'New message' });
  await addRecipient(blank, 'To', 'bob@inkwell.test');
  await blank.getByRole('textbox', { name: 'Subject' }).fill('Written across an expiry');
  // The window is named after its subject from here on.
  const compose = composeDock(page).getByRole('dialog', { name: 'Written across an expiry' });
  await compose.getByRole('textbox', { name: 'Message body' }).click();
  await page.keyboard.type('Every word of this stays.');

  // 31 idle minutes on the server's clock: the next call is refused, and the app asks to sign in again.
  await control('clock', { method: 'POST', body: { advanceMs: 31 * 60_000 } });
  await page.getByRole('navigation', { name: 'Folders' }).getByRole('button', { name: /^Sent/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Session expired' });
  await dialog.waitFor();
  await expect(dialog.getByRole('textbox', { name: 'Email address' }).inputValue()).resolves.toBe('alice@inkwell.test');
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'not right' }).waitFor();
  await dialog.getByLabel('Password').fill('wonderland');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await dialog.waitFor({ state: 'detached' });

  // The waiting call went through (the Sent list shows), and the message is as it was.
  await page.getByRole('listbox', { name: /^Sent/ }).waitFor();
  await expect(compose.getByRole('textbox', { name: 'Subject' }).inputValue()).resolves.toBe(
    'Written across an expiry',
  );
  await expect(compose.getByRole('textbox', { name: 'Message body' }).innerText()).resolves.toContain(
    'Every word of this stays.',
  );
  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  await compose.waitFor({ state: 'detached' });
  await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
  const outbox = await control<{ subject: string; text: string }[]>('outbox');
  const sent = outbox.filter((m) => m.subject === 'Written across an expiry');
  expect(sent).toHaveLength(1);
  expect(sent[0]!.text).toContain('Every word of this stays.');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Inkwell' }).waitFor();
  await expect(page.getByRole('navigation', { name: 'Folders' }).count()).resolves.toBe(0);
});

it(
  'signing out keeps an open message for its owner only: another account sees none of it',
  { timeout: 120_000 },
  async () => {
    const { page } = app;
    await signIn(page, app.url);
    await page.getByRole('button', { name: 'New message' }).click();
    const blank = composeDock(page).getByRole('dialog', { name: 'New message' });
    await blank.getByRole('textbox', { name: 'Subject' }).fill('Private to Alice');
    const compose = composeDock(page).getByRole('dialog', { name: 'Private to Alice' });
    await compose.getByRole('textbox', { name: 'Message body' }).click();
    await page.keyboard.type('Only Alice may read this.');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Inkwell' }).waitFor();

    // Bob signs in on the same browser: no window of Alice's, and nothing she typed, anywhere on the page.
    await page.getByRole('textbox', { name: 'Email address' }).fill('bob@inkwell.test');
    await page.getByLabel('Password').fill('builder');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('listbox', { name: /^Inbox/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
    await expect(composeDock(page).getByRole('dialog').count()).resolves.toBe(0);
    await expect(page.locator('body').innerText()).resolves.not.toContain('Only Alice may read this.');
    await expect(page.locator('body').innerText()).resolves.not.toContain('Private to Alice');
    // Bob's own new message starts empty.
    await page.getByRole('button', { name: 'New message' }).click();
    const bobs = composeDock(page).getByRole('dialog', { name: 'New message' });
    await expect(bobs.getByRole('textbox', { name: 'Subject' }).inputValue()).resolves.toBe('');
    await bobs
      .getByRole('button', { name: /^(Discard|Close)/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Inkwell' }).waitFor();

    // Alice signs in again: her message comes back with what she typed.
    await page.getByRole('textbox', { name: 'Email address' }).fill('alice@inkwell.test');
    await page.getByLabel('Password').fill('wonderland');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const back = composeDock(page).getByRole('dialog', { name: 'Private to Alice' });
    await back.waitFor();
    await expect(back.getByRole('textbox', { name: 'Message body' }).innerText()).resolves.toContain(
      'Only Alice may read this.',
    );
  },
);
