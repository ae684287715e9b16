import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addRecipient,
  composeDock,
  deliveredOnce,
  openWebmail,
  signIn,
  waitForUndoToast,
  type OpenWebmail,
} from './openWebmail';

// What the user typed and attached survives a crash of the page before any server save: the local journal gives it
// back, with the files whose upload had not finished.
const FIGURES = Buffer.from('quarter,north,south\nQ3,12,30\n');
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
}, 60_000);
afterAll(async () => {
  await app?.close();
});

it(
  'restores the text, recipients and subject after the page crashed before autosave',
  { timeout: 90_000 },
  async () => {
    const { page, context } = app;
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      // Saves and sends only: the mailbox's own reads (the inbox list) are GETs.
      if (r.method() !== 'GET' && /\/api\/v1\/(mails|drafts)/.test(r.url()))
        apiCalls.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await signIn(page, app.url);
    await page.getByRole('button', { name: 'New message' }).click();
    await addRecipient(page, 'To', 'bob@inkwell.test');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Do not lose me');
    await page.getByRole('textbox', { name: 'Message body' }).click();
    await page.keyboard.type('Three paragraphs of careful prose');
    // The journal writes within ~300 ms; autosave waits ~2 s after the last change. Crash in between.
    await page.waitForTimeout(800);
    const cdp = await context.newCDPSession(page);
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    // The command never answers: the renderer is gone.
    void cdp.send('Page.crash').catch(() => {});
    await crashed;
    expect(apiCalls).toEqual([]);

    const again = await context.newPage();
    // The open compose view comes back after signing in again, with what was typed.
    await signIn(again, app.url);
    await again.getByText('Your unsent changes were restored.').waitFor();
    const compose = composeDock(again).getByRole('dialog', { name: 'Do not lose me' });
    await expect(compose.getByRole('button', { name: 'bob@inkwell.test', exact: true }).innerText()).resolves.toBe(
      'bob@inkwell.test',
    );
    await expect(compose.getByRole('textbox', { name: 'Subject' }).inputValue()).resolves.toBe('Do not lose me');
    await expect(compose.getByRole('textbox', { name: 'Message body' }).innerText()).resolves.toContain(
      'Three paragraphs of careful prose',
    );
  },
);

it(
  'uploads again, after the crash, a file whose upload was running, and sends it whole',
  { timeout: 90_000 },
  async () => {
    const { context } = app;
    const page = await context.newPage();
    await signIn(page, app.url);
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = composeDock(page).getByRole('dialog', { name: 'New message' });
    // The first test's window comes back too: everything here is in this one.
    await addRecipient(compose, 'To', 'bob@inkwell.test');
    await compose.getByRole('textbox', { name: 'Subject' }).fill('The figures, after a crash');
    // The window is named after its subject now.
    const named = composeDock(page).getByRole('dialog', { name: 'The figures, after a crash' });
    // The upload starts and never ends in this page.
    let uploadStarted = () => {};
    const started = new Promise<void>((resolve) => (uploadStarted = resolve));
    await page.route(/\/api\/v1\/temporaryAttachments/, () => uploadStarted());
    const chooser = page.waitForEvent('filechooser');
    await named.getByRole('button', { name: 'Attach files' }).click();
    await (await chooser).setFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: FIGURES });
    await started;
    await named.locator('.ink-attachments-item[data-state="uploading"]').waitFor();
    await page.waitForTimeout(800);
    const cdp = await context.newCDPSession(page);
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    void cdp.send('Page.crash').catch(() => {});
    await crashed;

    const again = await context.newPage();
    await signIn(again, app.url);
    const back = composeDock(again).getByRole('dialog', { name: 'The figures, after a crash' });
    await back
      .locator('.ink-attachments-item[data-state="uploaded"]')
      .filter({ hasText: 'figures.csv' })
      .waitFor({ timeout: 20_000 });
    await back.getByRole('button', { name: 'Send', exact: true }).click();
    await waitForUndoToast(again);
    const { raw } = await deliveredOnce(app, 'The figures, after a crash');
    const parsed = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
    const file = parsed.attachments.find((a) => a.filename === 'figures.csv');
    expect(Buffer.from(file!.content as ArrayBuffer).equals(FIGURES)).toBe(true);
    expect(parsed.attachments).toHaveLength(1);
  },
);
