import PostalMime from 'postal-mime';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  addRecipient,
  composeDock,
  deliveredOnce,
  editDraft,
  signIn,
  waitForUndoToast,
  webmailForFile,
  type OpenWebmail,
} from './openWebmail';

// One draft open in two tabs of one browser while a file uploads in the first: the second waits for that upload
// (Web Locks) instead of uploading the file again, and takes it over when the first tab goes without finishing it
// (a crash, a window closed with the upload stuck). An app of its own, so that no other test's journal or open
// windows are on the page.
const FIGURES = Buffer.from('quarter,east,west\nQ4,7,19\n');

const opened = webmailForFile();

const part = (compose: Locator, state: string) =>
  compose.locator(`.ink-attachments-item[data-state="${state}"]`).filter({ hasText: 'figures.csv' });

/** Attaches figures.csv in `compose`, whose upload starts and never ends; resolves once the journal has the part. */
async function attachStuck(page: Page, compose: Locator): Promise<void> {
  let uploadStarted = () => {};
  const started = new Promise<void>((resolve) => (uploadStarted = resolve));
  await page.route(/\/api\/v1\/temporaryAttachments/, () => uploadStarted());
  const chooser = page.waitForEvent('filechooser');
  await compose.getByRole('button', { name: 'Attach files' }).click();
  await (await chooser).setFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: FIGURES });
  await started;
  await part(compose, 'uploading').waitFor();
  // The journal writes within ~300 ms (the part and its kept file).
  await page.waitForTimeout(800);
}

/** The uploads `page` starts from now on. */
function uploadsOf(page: Page): number[] {
  const uploads: number[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/temporaryAttachments') {
      uploads.push(Date.now());
    }
  });
  return uploads;
}

/** A new message to bob with `subject`, once the server has it (so it is in Drafts). */
async function savedNewMessage(app: OpenWebmail, page: Page, subject: string): Promise<Locator> {
  await signIn(page, app.url);
  await page.getByRole('button', { name: 'New message' }).click();
  const fresh = composeDock(page).getByRole('dialog', { name: 'New message' });
  await addRecipient(fresh, 'To', 'bob@inkwell.test');
  await fresh.getByRole('textbox', { name: 'Subject' }).fill(subject);
  const compose = composeDock(page).getByRole('dialog', { name: subject });
  await compose
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor({ timeout: 15_000 });
  return compose;
}

async function crash(app: OpenWebmail, page: Page): Promise<void> {
  const cdp = await app.context.newCDPSession(page);
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
}

/** Sends from `compose`; the delivered mail has figures.csv once, byte for byte. */
async function sendWithTheFile(app: OpenWebmail, page: Page, compose: Locator, subject: string): Promise<void> {
  await page.bringToFront();
  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForUndoToast(page);
  const { raw } = await deliveredOnce(app, subject);
  const parsed = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const files = parsed.attachments.filter((a) => a.filename === 'figures.csv');
  expect(files).toHaveLength(1);
  expect(Buffer.from(files[0]!.content as ArrayBuffer).equals(FIGURES)).toBe(true);
}

it(
  'a second tab of the draft waits for the first tab’s upload, and uploads the kept file once that tab crashed',
  { timeout: 120_000 },
  async () => {
    const app = opened.current;
    const first = app.page;
    const second = await app.context.newPage();

    // The same saved draft (one with a recipient, so that it can be sent), opened from Drafts in each tab: one
    // journal entry for both.
    const openDraft = async (page: Page) => {
      await signIn(page, app.url);
      return editDraft(page, /Ideas for the garden/);
    };
    const { compose: one, subject } = await openDraft(first);
    await attachStuck(first, one);

    const uploads = uploadsOf(second);
    const { compose: two } = await openDraft(second);
    // The second tab shows the part on its way, and leaves the upload to the first.
    await part(two, 'uploading').waitFor();
    await second.waitForTimeout(1500);
    expect(uploads).toEqual([]);

    await crash(app, first);
    // The browser lets the crashed tab's lock go: the second tab uploads the file kept on this device, once.
    await part(two, 'uploaded').waitFor({ timeout: 20_000 });
    expect(uploads).toHaveLength(1);
    await sendWithTheFile(app, second, two, subject);
  },
);

it(
  'a new message in one tab and the same draft opened from Drafts in another: one upload, taken over after a crash',
  { timeout: 120_000 },
  async () => {
    const app = opened.current;
    const first = await app.context.newPage();
    const second = await app.context.newPage();
    const one = await savedNewMessage(app, first, 'Two windows, one file');
    await attachStuck(first, one);

    const uploads = uploadsOf(second);
    // The second tab opens the saved draft from Drafts: a view of its own (another local id) of the same draft.
    await signIn(second, app.url);
    const { compose: two, subject } = await editDraft(second, /Two windows, one file/);
    await part(two, 'uploading').waitFor({ timeout: 15_000 });
    await second.waitForTimeout(1500);
    expect(uploads).toEqual([]);

    await crash(app, first);
    await part(two, 'uploaded').waitFor({ timeout: 20_000 });
    expect(uploads).toHaveLength(1);
    await sendWithTheFile(app, second, two, subject);
  },
);

it(
  'when the user closes the window whose upload another tab waits for, that tab uploads the kept file, once',
  { timeout: 120_000 },
  async () => {
    const app = opened.current;
    const first = await app.context.newPage();
    const second = await app.context.newPage();
    const one = await savedNewMessage(app, first, 'Closed while uploading');
    await attachStuck(first, one);

    const uploads = uploadsOf(second);
    await signIn(second, app.url);
    const { compose: two, subject } = await editDraft(second, /Closed while uploading/);
    await part(two, 'uploading').waitFor({ timeout: 15_000 });

    // The first tab stays open; its window closes. The closed view waits for its upload (15 s without progress), then
    // goes, and its part's lock with it: the file it kept on the device is still there, and the second tab sends it.
    await first.bringToFront();
    await one.getByRole('button', { name: 'Close', exact: true }).click();
    await one.waitFor({ state: 'detached' });
    expect(uploads).toEqual([]);
    await part(two, 'uploaded').waitFor({ timeout: 40_000 });
    expect(uploads).toHaveLength(1);
    await sendWithTheFile(app, second, two, subject);
  },
);
