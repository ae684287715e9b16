import { afterAll, beforeAll, expect, it } from 'vitest';
import { addRecipient, composeDock, openWebmail, signIn, type OpenWebmail } from './openWebmail';

// What the user typed survives a crash of the page before any server save: the local journal gives it back.
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
