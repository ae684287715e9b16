import type { Locator } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addRecipient,
  composeDock,
  deliveredOnce,
  openWebmail,
  pastePng,
  screenshot,
  signIn,
  waitForUndoToast,
  type OpenWebmail,
} from './openWebmail';

// A new message the way a user writes one: chips (typed and a pasted list), formatting from the toolbar and the
// keyboard, a pasted screenshot and an attached file; Send, Undo (everything comes back), Send again; delivered
// once, with every part, and shown so in the app's outbox view.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 900 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

/** How many mails a folder of alice's holds, read straight from the API (header login). */
async function countIn(folderId: string): Promise<number> {
  const authorization = `Basic ${Buffer.from('alice@inkwell.test:wonderland').toString('base64')}`;
  const login = await fetch(new URL('/api/v1/login', app.url), {
    method: 'POST',
    headers: { Authorization: authorization },
  });
  const { sessid } = (await login.json()) as { sessid: string };
  const list = await fetch(new URL(`/api/v1/mails?folderId=${folderId}&start=0&limit=1`, app.url), {
    headers: { Authorization: authorization, 'X-Axigen-Session': sessid },
  });
  return ((await list.json()) as { totalItems: number }).totalItems;
}
const DRAFTS = '80_115';
const SENT = '80_116';

const SUBJECT = 'Quarterly numbers';
const FILE_BYTES = Buffer.from('name,total\nnorth,12\nsouth,30\n', 'utf8');

it('writes, sends, undoes, sends again: delivered once with every part', { timeout: 120_000 }, async () => {
  const { page } = app;
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  // Aborted requests are queries the app cancelled (a newer one replaced them); anything else is a failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') consoleErrors.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  const counts = { drafts: await countIn(DRAFTS), sent: await countIn(SENT) };
  await signIn(page, app.url);
  await page.getByRole('button', { name: 'New message' }).click();
  const compose = composeDock(page).getByRole('dialog').last();
  await compose.getByRole('textbox', { name: 'Subject' }).waitFor();

  // Chips: one typed, then a list pasted at once.
  await addRecipient(compose, 'To', 'Bob Builder <bob@inkwell.test>');
  const to = compose.getByRole('combobox', { name: 'To', exact: true });
  await to.evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Carol Danvers <carol@example.net>, dave@example.org');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect
    .poll(() => chipNames(compose))
    .toEqual(['Bob Builder bob@inkwell.test', 'Carol Danvers carol@example.net', 'dave@example.org']);
  await compose.getByRole('textbox', { name: 'Subject' }).fill(SUBJECT);

  // Formatting: bold by shortcut, a bulleted list from the toolbar, links from the toolbar and by shortcut.
  const body = compose.getByRole('textbox', { name: 'Message body' });
  // The first, empty paragraph, above the signature.
  await body.click({ position: { x: 40, y: 12 } });
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Totals');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' for the quarter:');
  await page.keyboard.press('Enter');
  await compose.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('North: 12');
  await page.keyboard.press('Enter');
  await page.keyboard.type('South: 30');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Details on the ');
  await compose.getByRole('button', { name: 'Link', exact: true }).click();
  await page.getByRole('textbox', { name: 'Link address' }).fill('https://example.com/report');
  await page.getByRole('button', { name: 'Apply link' }).click();
  // A second link on selected words, from the keyboard.
  await page.keyboard.type(' and the wiki notes');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  // The editor reads a keyboard selection on the page's next selectionchange event; scripted keys come faster than
  // a hand's, so let it arrive before Ctrl+K reads the selection.
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('wiki');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await page.keyboard.press('ControlOrMeta+k');
  const address = page.getByRole('textbox', { name: 'Link address' });
  await address.fill('https://wiki.example.com/q3');
  await address.press('Enter');
  // The form closes and the caret goes back into the text, after the link: the next keys belong there.
  await address.waitFor({ state: 'detached' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('contenteditable'))).toBe('true');
  await page.keyboard.press('End');
  await page.keyboard.type(', and a chart: ');

  // A pasted screenshot (a real PNG drawn in the page) and a file through the picker.
  await pastePng(body, 'chart.png');
  await compose.locator('.inkwell-image[data-state="ready"]').waitFor({ timeout: 20_000 });
  const chooser = page.waitForEvent('filechooser');
  await compose.getByRole('button', { name: 'Attach files' }).click();
  await (await chooser).setFiles({ name: 'numbers.csv', mimeType: 'text/csv', buffer: FILE_BYTES });
  await fileItem(compose, 'uploaded').waitFor({ timeout: 20_000 });
  const before = await composeState(compose);

  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForUndoToast(page);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();

  // The window comes back with everything.
  const back = composeDock(page).getByRole('dialog', { name: SUBJECT });
  await back.getByRole('textbox', { name: 'Message body' }).waitFor({ timeout: 20_000 });
  await back.locator('.inkwell-image[data-state="ready"]').waitFor({ timeout: 20_000 });
  await expect.poll(() => composeState(back), { timeout: 20_000 }).toEqual(before);
  // The image is shown again, from the server's copy of its bytes.
  await expect
    .poll(() => back.locator('.inkwell-image img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);

  await back.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForUndoToast(page);
  await expect(back.count()).resolves.toBe(0);

  const { message, raw } = await deliveredOnce(app, SUBJECT);
  expect([...message.envelope.to].sort()).toEqual(['bob@inkwell.test', 'carol@example.net', 'dave@example.org']);
  const parsed = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  expect(parsed.subject).toBe(SUBJECT);
  expect(parsed.to?.map((a) => a.address)).toEqual(['bob@inkwell.test', 'carol@example.net', 'dave@example.org']);
  const html = parsed.html ?? '';
  expect(html).toMatch(/<(strong|b)>Totals<\/(strong|b)> for the quarter:/);
  expect(html).toMatch(/<ul[^>]*>\s*<li[^>]*>(<p[^>]*>)?North: 12(<\/p>)?<\/li>\s*<li[^>]*>(<p[^>]*>)?South: 30/);
  expect(html).toMatch(/<a [^>]*href="https:\/\/example\.com\/report"/);
  expect(html).toMatch(/<a [^>]*href="https:\/\/wiki\.example\.com\/q3"[^>]*>wiki<\/a> notes, and a chart: /);
  const image = parsed.attachments.find((a) => a.mimeType === 'image/png');
  expect(image?.contentId).toBeTruthy();
  expect(html).toContain(`src="cid:${image!.contentId!.replace(/^<|>$/g, '')}"`);
  expect(html).not.toMatch(/src="(blob|data):/);
  const file = parsed.attachments.find((a) => a.filename === 'numbers.csv');
  expect(file?.disposition).toBe('attachment');
  expect(Buffer.from(file!.content as ArrayBuffer).equals(FILE_BYTES)).toBe(true);
  expect(parsed.attachments).toHaveLength(2);
  // One copy in Sent, and no draft left behind by the undone send.
  expect({ drafts: await countIn(DRAFTS), sent: await countIn(SENT) }).toEqual({
    drafts: counts.drafts,
    sent: counts.sent + 1,
  });

  // The app's outbox view: the image resolved and loaded, the file listed.
  await page.getByRole('button', { name: 'Delivered (emulator)' }).click();
  await page.getByRole('button', { name: new RegExp(SUBJECT) }).click();
  const delivered = page.getByRole('article', { name: `Delivered: ${SUBJECT}` });
  const shown = delivered.getByRole('document', { name: 'Delivered message body' });
  await expect
    .poll(
      () =>
        shown.evaluate((host) => {
          const img = host.shadowRoot?.querySelector('img') as HTMLImageElement | null;
          return img && img.complete ? img.naturalWidth : 0;
        }),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  await delivered
    .getByRole('region', { name: 'Delivered parts' })
    .getByText(/numbers\.csv/)
    .waitFor();
  await screenshot(page, 'new-message-outbox');
  expect(consoleErrors).toEqual([]);
});

/** The chips of the To field, by their visible name. */
async function chipNames(compose: Locator): Promise<string[]> {
  const texts = await compose
    .getByRole('list', { name: 'To recipients' })
    .locator('.ink-recipients-chip-label')
    .allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The file's row in the window's attachment list. */
function fileItem(compose: Locator, state?: string): Locator {
  const item = state ? `.ink-attachments-item[data-state="${state}"]` : '.ink-attachments-item';
  return compose.locator(item).filter({ hasText: 'numbers.csv' });
}

/** What the user sees in the window: recipients, subject, body markup (without editor-only attributes), files. */
async function composeState(compose: Locator) {
  return {
    chips: await chipNames(compose),
    subject: await compose.getByRole('textbox', { name: 'Subject' }).inputValue(),
    body: await compose.getByRole('textbox', { name: 'Message body' }).evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      return {
        bold: [...copy.querySelectorAll('strong')].map((b) => b.textContent),
        items: [...copy.querySelectorAll('ul li')].map((li) => li.textContent),
        links: [...copy.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        images: [...copy.querySelectorAll<HTMLImageElement>('img:not(.ProseMirror-separator)')].map((i) => i.alt),
        signature: copy.querySelector('[data-inkwell-signature]')?.textContent,
      };
    }),
    files: await fileItem(compose).evaluateAll((items) => items.map((i) => i.getAttribute('data-state'))),
  };
}
