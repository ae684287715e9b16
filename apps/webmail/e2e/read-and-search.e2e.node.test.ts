import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findRow, openWebmail, screenshot, signIn, type OpenWebmail } from './openWebmail';

// Issue 13: unread state (opening marks read, "Mark as unread", the folder's count follows at once and survives a
// reload) and the search box (by subject word and by sender, one folder or all, no results, a failed search).
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await app.control('seed', {
    method: 'POST',
    body: {
      mails: [
        {
          account: 'alice',
          folder: 'inbox',
          from: 'Zebedee Quill <zebedee@quillworks.example>',
          subject: 'Marmalade shipment',
          text: 'Twelve barrels arrive on Friday.',
          isUnread: true,
        },
        {
          account: 'alice',
          folder: 'inbox',
          from: 'Zebedee Quill <zebedee@quillworks.example>',
          subject: 'Harbour inventory',
          text: 'Count the crates twice.',
          isUnread: true,
        },
        {
          account: 'alice',
          folder: 'sent',
          from: 'Alice Liddell <alice@inkwell.test>',
          to: 'Queen of Hearts <queen@hearts.example>',
          subject: 'Pelican invoice',
          text: 'Paid in full.',
          isUnread: false,
        },
      ],
    },
  });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const folderButton = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Folders' }).getByRole('button', { name: new RegExp(`^${name}`) });

/** The unread count a folder shows (0 when it shows none). */
async function unreadIn(page: Page, name: string): Promise<number> {
  const label =
    (await folderButton(page, name).getAttribute('aria-label')) ?? (await folderButton(page, name).innerText());
  const match = /(\d+)\s*unread/.exec(label.replace(/\s+/g, ' '));
  return match ? Number(match[1]) : 0;
}

const stateOf = (row: Locator) => row.getAttribute('data-state');
const subjectWeight = (row: Locator) =>
  row.evaluate((el) => getComputedStyle(el.querySelector('.wm-row-subject') ?? el).fontWeight);

it('opening a mail marks it read at once and for good; "Mark as unread" undoes it', { timeout: 120_000 }, async () => {
  const { page } = app;
  await signIn(page, app.url);
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  await expect.poll(() => unreadIn(page, 'Inbox'), { timeout: 15_000 }).toBeGreaterThan(1);
  const before = await unreadIn(page, 'Inbox');

  const row = await findRow(inbox, /Marmalade shipment/);
  expect(await stateOf(row)).toBe('unread');
  await expect(row.innerText()).resolves.toContain('Zebedee Quill');
  expect(await subjectWeight(row)).toBe('700');
  await row.click();
  const message = page.getByRole('article', { name: 'Marmalade shipment' });
  await message.waitFor();
  await expect.poll(() => stateOf(row), { timeout: 10_000 }).toBe('read');
  await expect.poll(() => unreadIn(page, 'Inbox'), { timeout: 10_000 }).toBe(before - 1);
  expect(await subjectWeight(row)).not.toBe('700');
  await screenshot(page, 'read-state');

  // The server has it: a reload (and a new sign-in) shows the same.
  await page.reload();
  await signIn(page, app.url);
  const again = await findRow(page.getByRole('listbox', { name: /^Inbox/ }), /Marmalade shipment/);
  expect(await stateOf(again)).toBe('read');
  await expect.poll(() => unreadIn(page, 'Inbox'), { timeout: 15_000 }).toBe(before - 1);

  await again.click();
  const reopened = page.getByRole('article', { name: 'Marmalade shipment' });
  await reopened.getByRole('button', { name: 'Mark as unread' }).click();
  await expect.poll(() => stateOf(again), { timeout: 10_000 }).toBe('unread');
  await expect.poll(() => unreadIn(page, 'Inbox'), { timeout: 10_000 }).toBe(before);
  // Shown but unread: it is not marked read again behind the user's back.
  await reopened.getByRole('button', { name: 'Mark as read' }).waitFor();
  expect(await stateOf(again)).toBe('unread');

  // A refused change is put back and said in the user's words.
  await app.control('faults', {
    method: 'POST',
    body: { method: 'PATCH', path: '/api/v1/mails/*', status: 500, times: 1 },
  });
  await reopened.getByRole('button', { name: 'Mark as read' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'This message could not be marked as read. Check your connection and try again.' })
    .waitFor({ timeout: 10_000 });
  await expect.poll(() => stateOf(again), { timeout: 10_000 }).toBe('unread');
  await expect.poll(() => unreadIn(page, 'Inbox'), { timeout: 10_000 }).toBe(before);
});

it(
  'searches by subject word and by sender, in one folder or all, and says when nothing matches',
  { timeout: 120_000 },
  async () => {
    const { page, control } = app;
    const box = page.getByRole('searchbox', { name: 'Search mail' });
    // `/` from outside a field focuses the search box.
    await page.getByRole('listbox', { name: /^Inbox/ }).focus();
    await page.keyboard.press('/');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.type('marmalade');
    const bySubject = page.getByRole('listbox', { name: '1 result for “marmalade” in Inbox' });
    await bySubject.getByRole('option', { name: /Marmalade shipment/ }).waitFor({ timeout: 15_000 });
    await expect(bySubject.getByRole('option').count()).resolves.toBe(1);
    await screenshot(page, 'search-results');
    // ArrowDown goes from the box to the results, and Enter there opens the first one.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => bySubject.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Marmalade shipment' }).waitFor();
    await box.focus();

    // A result opens like any mail (it is the original, in Inbox).
    await bySubject.getByRole('option', { name: /Marmalade shipment/ }).click();
    await page.getByRole('article', { name: 'Marmalade shipment' }).waitFor();

    await box.fill('from:zebedee');
    const bySender = page.getByRole('listbox', { name: '2 results for “from:zebedee” in Inbox' });
    await bySender.getByRole('option', { name: /Harbour inventory/ }).waitFor({ timeout: 15_000 });
    await bySender.getByRole('option', { name: /Marmalade shipment/ }).waitFor();

    await box.fill('zebedee@quillworks.example');
    await page
      .getByRole('listbox', { name: '2 results for “zebedee@quillworks.example” in Inbox' })
      .waitFor({ timeout: 15_000 });

    // Sent is not searched from Inbox, unless the user asks for every folder.
    await box.fill('pelican');
    await page.getByRole('listbox', { name: '0 results for “pelican” in Inbox' }).waitFor({ timeout: 15_000 });
    await page.getByText('Nothing in Inbox matches “pelican”. Try other words, or search all folders.').waitFor();
    await page.getByRole('combobox', { name: 'Search in' }).selectOption('all');
    const everywhere = page.getByRole('listbox', { name: '1 result for “pelican” in all folders' });
    await everywhere.getByRole('option', { name: /Pelican invoice/ }).waitFor({ timeout: 15_000 });

    // A failed search says so in the user's words and can be tried again.
    await control('faults', { method: 'POST', body: { path: '/api/v1/mails/search', status: 500, times: 2 } });
    await box.fill('barrels');
    const failed = page.getByRole('alert').filter({ hasText: 'The search could not be done just now' });
    await failed.waitFor({ timeout: 15_000 });
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page
      .getByRole('listbox', { name: '1 result for “barrels” in all folders' })
      .getByRole('option', { name: /Marmalade shipment/ })
      .waitFor({ timeout: 15_000 });

    // Escape clears the search: the folder is back.
    await box.press('Escape');
    await page.getByRole('listbox', { name: /^Inbox/ }).waitFor();
    expect(await box.inputValue()).toBe('');
  },
);
