import { expect, it } from 'vitest';
import { addRecipient, composeDock, signIn, webmailForFile } from './openWebmail';

// Text written after a click on the body's empty space is the message, not the signature: the send checks read it.
const app = webmailForFile();

it('writes above the signature after a click on the empty space below it', { timeout: 90_000 }, async () => {
  const { page, url } = app.current;
  await signIn(page, url);
  await page.getByRole('button', { name: 'New message' }).click();
  const compose = composeDock(page).getByRole('dialog').last();
  await compose.getByRole('textbox', { name: 'Subject' }).fill('Quarterly report');
  await addRecipient(compose, 'To', 'bob@inkwell.test');
  const body = compose.getByRole('textbox', { name: 'Message body' });
  await expect.poll(() => body.locator('[data-inkwell-signature]').count()).toBe(1);
  const signature = (await body.locator('[data-inkwell-signature]').innerText()).trim();
  // The last pixels of the body, below every line.
  const box = await body.boundingBox();
  if (!box) throw new Error('the message body is not rendered');
  await body.click({ position: { x: 40, y: box.height - 6 } });
  await page.keyboard.type('See the attached report.');
  await expect(body.locator('[data-inkwell-signature]').innerText()).resolves.toBe(signature);
  await expect(body.locator('p').first().innerText()).resolves.toBe('See the attached report.');
  // The check that reads the user's text, and only it, sees the word.
  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  const checks = page.getByRole('dialog', { name: 'Send this message anyway?' });
  await checks.getByText('The message mentions an attachment, but nothing is attached.').waitFor();
  await checks.getByRole('button', { name: 'Go back' }).click();
  await compose.getByRole('button', { name: 'Discard draft' }).click();
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect.poll(() => composeDock(page).getByRole('dialog').count()).toBe(0);
});
