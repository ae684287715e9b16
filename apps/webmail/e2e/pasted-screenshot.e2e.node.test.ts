import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addRecipient,
  deliveredOnce,
  openWebmail,
  pastePng,
  signIn,
  waitForUndoToast,
  type OpenWebmail,
} from './openWebmail';

// The promise: a pasted screenshot, sent from the real app, arrives at the emulator's outbox as a
// multipart/related part that the HTML references by cid:.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
}, 60_000);
afterAll(async () => {
  await app?.close();
});

it('sends a pasted screenshot as an inline cid: part', { timeout: 90_000 }, async () => {
  const { page } = app;
  await signIn(page, app.url);
  await page.getByRole('button', { name: 'New message' }).click();
  await page.getByRole('combobox', { name: 'From' }).selectOption('a.liddell@inkwell.test');
  await addRecipient(page, 'To', 'Bob Builder <bob@inkwell.test>');
  await page.getByRole('textbox', { name: 'Subject' }).fill('The chart');
  const body = page.getByRole('textbox', { name: 'Message body' });
  await body.click();
  await page.keyboard.type('Here is the screenshot: ');

  // A real PNG drawn in the page, pasted as a clipboard file.
  await pastePng(body, 'screenshot.png');
  await page.locator('.inkwell-image[data-state="ready"]').waitFor({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForUndoToast(page);

  // End the 10-second undo window on the emulator clock: the message is delivered.
  const { raw } = await deliveredOnce(app, 'The chart');
  expect(raw).toMatch(/Content-Type: multipart\/related/i);
  const parsed = await PostalMime.parse(raw);
  const image = parsed.attachments.find((a) => a.mimeType === 'image/png');
  expect(image?.contentId).toBeTruthy();
  const cid = image!.contentId!.replace(/^<|>$/g, '');
  expect(parsed.html).toContain(`src="cid:${cid}"`);
  expect(parsed.html).toContain('Here is the screenshot:');
  expect(parsed.html).not.toMatch(/src="(blob|data):/);
  // Sent from the alias the user picked.
  expect(parsed.from?.address).toBe('a.liddell@inkwell.test');
  expect(parsed.from?.name).toBe('Alice Liddell');
});
