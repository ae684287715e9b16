import PostalMime from 'postal-mime';
import { expect, it } from 'vitest';
import { addRecipient, composeDock, deliveredOnce, signIn, waitForUndoToast, webmailForFile } from './openWebmail';

// A file whose upload was running when the page crashed: the journal kept the file, and the restored view uploads it
// again. An app of its own, so that no other test's restored window is on the page.
const FIGURES = Buffer.from('quarter,north,south\nQ3,12,30\n');

const opened = webmailForFile();

it(
  'uploads again, after the crash, a file whose upload was running, and sends it whole',
  { timeout: 90_000 },
  async () => {
    const app = opened.current;
    const { page, context } = app;
    await signIn(page, app.url);
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = composeDock(page).getByRole('dialog', { name: 'New message' });
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
    // The journal writes within ~300 ms; the crash comes after that.
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
