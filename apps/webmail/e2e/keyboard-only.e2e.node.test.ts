import { afterAll, beforeAll, expect, it } from 'vitest';
import { composeDock, openWebmail, waitForUndoToast, type OpenWebmail } from './openWebmail';

// From signing in to a sent reply with the keyboard alone: every step is reachable and focus lands where the next
// key press is meant to go.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 800 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const focusedName = (app: OpenWebmail) =>
  app.page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.getAttribute('role') ?? el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''}`;
  });

it('signs in, opens the second mail, replies and sends without the mouse', { timeout: 120_000 }, async () => {
  const { page, control } = app;
  await page.goto(app.url);
  // The address field has focus and the demo account is prefilled: Enter signs in.
  await expect.poll(() => focusedName(app), { timeout: 15_000 }).toMatch(/^input/);
  await page.keyboard.press('Enter');
  // The message list takes focus; the first mail is selected and shown.
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  await expect.poll(() => inbox.evaluate((el) => el === document.activeElement), { timeout: 15_000 }).toBe(true);
  await page.keyboard.press('ArrowDown');
  const subject = 'The Wonderland Times — November';
  await page.getByRole('article', { name: subject }).waitFor();
  await expect(inbox.getByRole('option', { selected: true }).innerText()).resolves.toContain(subject);
  // Enter goes to the message; the first Tab reaches Reply.
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedName(app), { timeout: 15_000 }).toBe(`h2:${subject}`);
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedName(app), { timeout: 15_000 }).toBe('button:Reply');
  await page.keyboard.press('Enter');
  // The reply opens with the caret in its body, above the quote.
  const compose = composeDock(page).getByRole('dialog', { name: `Re: ${subject}` });
  await expect
    .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
    .toBe(`Re: ${subject}`);
  await expect.poll(() => focusedName(app), { timeout: 15_000 }).toMatch(/^textbox:Message body/);
  await page.keyboard.type('Typed without a mouse.');
  await page.keyboard.press('Control+Enter');
  await waitForUndoToast(page);

  await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
  const outbox = await control<{ subject: string; text: string; to: string }[]>('outbox');
  const sent = outbox.filter((m) => m.subject === `Re: ${subject}`);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.text).toContain('Typed without a mouse.');
  expect(sent[0]!.to).toContain('rabbit');
});
