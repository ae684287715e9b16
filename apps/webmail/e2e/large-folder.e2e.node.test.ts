import { afterAll, beforeAll, expect, it } from 'vitest';
import { openWebmail, signIn, type OpenWebmail } from './openWebmail';

// A folder of 10,000 mails: the list keeps only the rows on screen in the DOM and fetches only their pages.
let app: OpenWebmail;
const TOTAL = 10_000;
const SEEDED = TOTAL - 40; // the demo inbox already holds 40

beforeAll(async () => {
  app = await openWebmail();
  const start = Date.UTC(2020, 0, 1) / 1000;
  // Raw messages skip the emulator's MIME composer, so seeding stays quick.
  const mails = Array.from({ length: SEEDED }, (_, i) => ({
    account: 'alice',
    folder: 'inbox',
    date: start + i * 60,
    isUnread: i % 3 === 0,
    raw: [
      `From: Sender ${i} <sender${i}@bulk.example>`,
      'To: alice@inkwell.test',
      `Subject: Bulk mail ${i}`,
      `Message-ID: <bulk-${i}@bulk.example>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      `Body of bulk mail ${i}.`,
      '',
    ].join('\r\n'),
  }));
  await app.control('seed', { method: 'POST', body: { mails } });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

it('lists 10,000 mails windowed and paged, to the last one by keyboard', { timeout: 120_000 }, async () => {
  const { page } = app;
  const listCalls: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/v1/mails' && r.method() === 'GET' && url.searchParams.get('limit') !== '1')
      listCalls.push(url.searchParams.get('start') ?? '');
  });
  await signIn(page, app.url);
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  await expect
    .poll(() => inbox.getByRole('option').first().getAttribute('aria-setsize'), { timeout: 15_000 })
    .toBe(String(TOTAL));
  await expect(
    page
      .getByRole('navigation', { name: 'Folders' })
      .getByRole('button', { name: /^Inbox/ })
      .innerText(),
  ).resolves.toContain('10000');

  await inbox.focus();
  await page.keyboard.press('End');
  const last = inbox.getByRole('option', { name: /Bulk mail 0\b/ });
  await last.waitFor();
  await expect(last.getAttribute('aria-posinset')).resolves.toBe(String(TOTAL));
  await expect(last.getAttribute('aria-selected')).resolves.toBe('true');
  await page.getByRole('article', { name: 'Bulk mail 0' }).waitFor();
  // Windowed: a few dozen rows in the DOM, not thousands; paged: the first page and the last one, not all 100.
  await expect(inbox.getByRole('option').count()).resolves.toBeLessThan(80);
  expect(new Set(listCalls).size).toBeLessThanOrEqual(4);
  expect(listCalls).toContain(String(Math.floor((TOTAL - 1) / 100) * 100));

  await page.keyboard.press('ArrowUp');
  await page.getByRole('article', { name: 'Bulk mail 1' }).waitFor();
});
