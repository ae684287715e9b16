import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  composeDock,
  deliveredOnce,
  openWebmail,
  screenshot,
  signIn,
  waitForUndoToast,
  type OpenWebmail,
} from './openWebmail';

// The round trip a newcomer tries first: sign in, read a mail with an inline image, reply, and see the reply the
// way its recipient gets it.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 800 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

it('signs in, opens a mail, replies, and finds the reply in the outbox', { timeout: 120_000 }, async () => {
  const { page } = app;
  const consoleNoise: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') consoleNoise.push(`${m.type()}: ${m.text()}`);
  });
  await signIn(page, app.url);
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  await inbox.getByRole('option', { name: /Welcome to Inkwell/ }).click();
  const message = page.getByRole('article', { name: 'Welcome to Inkwell' });
  await message.getByRole('heading', { name: 'Welcome to Inkwell' }).waitFor();
  // The inline logo is fetched through the attachment endpoint and shown from a blob: URL.
  const body = message.getByRole('document', { name: 'Message body' });
  await expect
    .poll(() => body.evaluate((host) => host.shadowRoot?.querySelector('img')?.getAttribute('src') ?? ''), {
      timeout: 15_000,
    })
    .toMatch(/^blob:/);
  await expect
    .poll(() => body.evaluate((host) => (host.shadowRoot?.querySelector('img') as HTMLImageElement).naturalWidth), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  await screenshot(page, 'mailbox');

  await message.getByRole('button', { name: 'Reply', exact: true }).click();
  const compose = composeDock(page).getByRole('dialog', { name: 'Re: Welcome to Inkwell' });
  await expect
    .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
    .toBe('Re: Welcome to Inkwell');
  // Above the quoted original: the first, empty paragraph.
  await compose.getByRole('textbox', { name: 'Message body' }).click({ position: { x: 40, y: 12 } });
  await page.keyboard.type('Thanks, it works!');
  await screenshot(page, 'compose');
  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForUndoToast(page);
  await expect(compose.count()).resolves.toBe(0);

  const { message: reply } = await deliveredOnce(app, 'Re: Welcome to Inkwell');
  expect(reply.to).toContain('team@inkwell.test');
  expect(reply.headers.some((h) => /^in-reply-to$/i.test(h.name))).toBe(true);

  // The app's outbox view shows it as delivered, parsed from its raw source.
  await page.getByRole('button', { name: 'Delivered (emulator)' }).click();
  await page.getByRole('button', { name: /Re: Welcome to Inkwell/ }).click();
  const delivered = page.getByRole('article', { name: 'Delivered: Re: Welcome to Inkwell' });
  await delivered.getByRole('document', { name: 'Delivered message body' }).getByText('Thanks, it works!').waitFor();
  await delivered.getByText('Raw source').click();
  await expect(delivered.getByLabel('Raw source').innerText()).resolves.toMatch(/^In-Reply-To: /m);
  await screenshot(page, 'outbox');
  // A quiet console: nothing a newcomer would wonder about.
  expect(consoleNoise).toEqual([]);
});
