import type { Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { composeDock, findRow, openWebmail, signIn, type OpenWebmail } from './openWebmail';

// Reading and replying to the seed's hostile mails: no script runs, and the page loads nothing the mail points at,
// neither remote (tracking pixels, frames) nor same-origin (relative src under a planted <base>, broken src).
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 800 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const HOSTILE = [
  'Your invoice (script)',
  'Photo from the party (onerror)',
  'Verify your account (javascript: link)',
  'Weekly deals (remote images)',
  'Security notice (fixed overlay)',
  'Docs moved (base tag)',
  'Confirm your password (form)',
  'Newsletter (global styles)',
  'Video for you (iframe)',
];

/** What the app itself may load while showing mail: its API calls and its own modules. */
function isAppRequest(request: Request, origin: string): boolean {
  const url = new URL(request.url());
  if (url.protocol === 'blob:' || url.protocol === 'data:') return true;
  if (url.origin !== origin) return false;
  const type = request.resourceType();
  if (type === 'fetch' || type === 'xhr') return url.pathname.startsWith('/api/v1/');
  return type === 'script' && !url.pathname.startsWith('/api/');
}

it('reads and replies to hostile mails: nothing runs, nothing the mail names loads', { timeout: 120_000 }, async () => {
  const { page, control } = app;
  const origin = new URL(app.url).origin;
  await signIn(page, app.url);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const stray: string[] = [];
  page.on('request', (request) => {
    if (!isAppRequest(request, origin)) stray.push(`${request.resourceType()} ${request.url()}`);
  });

  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  for (const subject of HOSTILE) {
    await (await findRow(inbox, subject)).click();
    const message = page.getByRole('article', { name: subject });
    await message.getByRole('document', { name: 'Message body' }).waitFor();
    // The overlay stays inside the message box: the app's own buttons are still the ones under the pointer.
    const reply = message.getByRole('button', { name: 'Reply', exact: true });
    await reply.click({ trial: true });
  }
  await expect(page.getByRole('note').filter({ hasText: 'Remote images are hidden' }).count()).resolves.toBe(0);

  // Reply to the mail with the broken image and the <base>: the quote in the composer is just as inert.
  for (const subject of ['Photo from the party (onerror)', 'Docs moved (base tag)']) {
    await (await findRow(inbox, subject)).click();
    await page.getByRole('article', { name: subject }).getByRole('button', { name: 'Reply', exact: true }).click();
    const compose = composeDock(page).getByRole('dialog', { name: `Re: ${subject}` });
    await expect
      .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
      .toBe(`Re: ${subject}`);
    await compose.getByRole('textbox', { name: 'Message body' }).click({ position: { x: 40, y: 12 } });
    await page.keyboard.type('Not clicking that.');
    await compose.getByRole('button', { name: 'Send', exact: true }).click();
    // The view closes once the server took the message; only then does moving the clock deliver it.
    await compose.waitFor({ state: 'detached' });
    await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
  }
  const outbox = await control<{ subject: string }[]>('outbox');
  expect(outbox.map((m) => m.subject)).toEqual(
    expect.arrayContaining(['Re: Photo from the party (onerror)', 'Re: Docs moved (base tag)']),
  );

  // Let anything that was going to load or run do so before counting.
  await page.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
  expect(stray).toEqual([]);
  await expect(page.evaluate(() => document.cookie.length >= 0 && document.title)).resolves.toBe('Inkwell webmail');
});

it('loads remote images only after the user asks', { timeout: 60_000 }, async () => {
  const { page } = app;
  const remote: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('tracker.evil.example')) remote.push(r.url());
  });
  // Remote requests fail fast instead of waiting on DNS.
  await page.route('https://tracker.evil.example/**', (route) => route.fulfill({ status: 204 }));
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  await (await findRow(inbox, /Weekly deals/)).click();
  const message = page.getByRole('article', { name: 'Weekly deals (remote images)' });
  await message.getByRole('document', { name: 'Message body' }).waitFor();
  expect(remote).toEqual([]);
  await message.getByRole('button', { name: 'Show remote images' }).click();
  await expect.poll(() => remote.length, { timeout: 15_000 }).toBeGreaterThan(0);
});
