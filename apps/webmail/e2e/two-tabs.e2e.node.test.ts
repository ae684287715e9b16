import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addRecipient, composeDock, openWebmail, signIn, type OpenWebmail } from './openWebmail';

// Issue 8: two tabs of one browser (one context, shared cookies). Signing in in the second tab does not sign the
// first out, and the first tab still saves and sends (delivered once).
let app: OpenWebmail;
let first: Page;
let second: Page;
beforeAll(async () => {
  app = await openWebmail();
  first = app.page;
  second = await app.context.newPage();
  for (const page of [first, second]) await page.setViewportSize({ width: 1280, height: 800 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const sessionExpired = (page: Page) => page.getByRole('dialog', { name: 'Session expired' });

it(
  'the second sign-in leaves the first tab signed in: it saves a draft and sends once',
  { timeout: 120_000 },
  async () => {
    const { control } = app;
    await signIn(first, app.url);
    await signIn(second, app.url);

    await first.bringToFront();
    await first.getByRole('button', { name: 'New message' }).click();
    const blank = composeDock(first).getByRole('dialog', { name: 'New message' });
    await addRecipient(blank, 'To', 'bob@inkwell.test');
    await blank.getByRole('textbox', { name: 'Subject' }).fill('Sent from the first tab');
    const compose = composeDock(first).getByRole('dialog', { name: 'Sent from the first tab' });
    await compose.getByRole('textbox', { name: 'Message body' }).click();
    await first.keyboard.type('Written after the second tab signed in.');
    // Saved on the server with the first tab's session (the status says so only after the server answered).
    await compose
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor();

    // The saved draft is in Drafts, seen from the second tab: both tabs talk to the server.
    await second.bringToFront();
    await second
      .getByRole('navigation', { name: 'Folders' })
      .getByRole('button', { name: /^Drafts/ })
      .click();
    await second
      .getByRole('listbox', { name: /^Drafts/ })
      .getByRole('option', { name: /Sent from the first tab/ })
      .waitFor();

    await first.bringToFront();
    await compose.getByRole('button', { name: 'Send', exact: true }).click();
    await compose.waitFor({ state: 'detached' });
    // Past the undo window on the emulator's clock: delivered.
    await control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
    const outbox = await control<{ subject: string; text: string }[]>('outbox');
    const sent = outbox.filter((m) => m.subject === 'Sent from the first tab');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('Written after the second tab signed in.');

    // Both tabs still work, and neither was asked to sign in again.
    for (const page of [first, second]) {
      await page.getByRole('navigation', { name: 'Folders' }).getByRole('button', { name: /^Sent/ }).click();
      await page
        .getByRole('listbox', { name: /^Sent/ })
        .getByRole('option', { name: /Sent from the first tab/ })
        .waitFor();
      await expect(sessionExpired(page).count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { name: 'Sign in to Inkwell' }).count()).resolves.toBe(0);
    }
  },
);

/** The subjects of alice's drafts on the server, read through the API (header login), not through either tab. */
async function draftSubjects(): Promise<string[]> {
  const authorization = `Basic ${Buffer.from('alice@inkwell.test:wonderland').toString('base64')}`;
  const login = await fetch(new URL('/api/v1/login', app.url), {
    method: 'POST',
    headers: { Authorization: authorization },
  });
  const { sessid } = (await login.json()) as { sessid: string };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, app.url), {
      headers: { Authorization: authorization, 'X-Axigen-Session': sessid },
    });
    expect(response.ok).toBe(true);
    return (await response.json()) as T;
  };
  const folders = await get<{ items: { id: string; role: string }[] }>('/api/v1/folders/?type=mails');
  const drafts = folders.items.find((f) => f.role === 'drafts');
  if (!drafts) throw new Error('alice has no Drafts folder');
  const list = await get<{ items: { subject: string }[] }>(
    `/api/v1/mails?folderId=${encodeURIComponent(drafts.id)}&start=0&limit=200`,
  );
  return list.items.map((m) => m.subject);
}

/** Resolves with the first successful draft save (create or replace) from `page` that carries `subject`. */
function savedWith(page: Page, subject: string) {
  return page.waitForResponse((r) => {
    const method = r.request().method();
    const { pathname } = new URL(r.url());
    const save =
      (method === 'POST' && pathname === '/api/v1/mails') ||
      (method === 'PUT' && pathname.startsWith('/api/v1/drafts/'));
    return save && r.ok() && (r.request().postData() ?? '').includes(subject);
  });
}

// What the issue also asks, and what this test does not yet check: the conflict shown ("Compare versions" in the
// window's save status) and settled per field in the resolver. Today the two windows of one draft never see each
// other: each tab's dock gives its window its own id (the session's clientId, which the tab-to-tab conflict check
// is keyed on), the replace made stale by the other tab answers 404 and the window saves a new draft, and the
// window's status comes from `useDraftStatus`, which has no 'conflict' state.
it('the same draft edited in both tabs: both edits are kept on the server', { timeout: 120_000 }, async () => {
  // Each tab signs in (again): the later sign-in does not sign the earlier one out.
  await signIn(first, app.url);
  await signIn(second, app.url);

  await first.bringToFront();
  await first.getByRole('button', { name: 'New message' }).click();
  const blank = composeDock(first).getByRole('dialog', { name: 'New message' });
  const created = savedWith(first, 'Shared draft');
  await addRecipient(blank, 'To', 'bob@inkwell.test');
  await blank.getByRole('textbox', { name: 'Subject' }).fill('Shared draft');
  await created;
  const one = composeDock(first).getByRole('dialog', { name: 'Shared draft' });
  await one
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();

  // The second tab opens the same draft from Drafts.
  await second.bringToFront();
  await second
    .getByRole('navigation', { name: 'Folders' })
    .getByRole('button', { name: /^Drafts/ })
    .click();
  await second
    .getByRole('listbox', { name: /^Drafts/ })
    .getByRole('option', { name: /Shared draft/ })
    .click();
  await second.getByRole('article').getByRole('button', { name: 'Edit draft' }).click();
  const two = composeDock(second).getByRole('dialog', { name: 'Shared draft' });
  const twoSubject = two.getByRole('textbox', { name: 'Subject' });
  await twoSubject.waitFor();
  await expect(twoSubject.inputValue()).resolves.toBe('Shared draft');

  // Edited differently in each tab, one after the other; each edit reaches the server.
  const secondSaved = savedWith(second, 'Second tab subject');
  await twoSubject.fill('Second tab subject');
  await secondSaved;
  await first.bringToFront();
  const firstSaved = savedWith(first, 'First tab subject');
  await one.getByRole('textbox', { name: 'Subject' }).fill('First tab subject');
  await firstSaved;

  const subjects = await draftSubjects();
  expect(subjects).toContain('First tab subject');
  expect(subjects).toContain('Second tab subject');
  // Each tab still shows its own text, and neither was asked to sign in again.
  await expect(
    composeDock(first)
      .getByRole('dialog', { name: 'First tab subject' })
      .getByRole('textbox', { name: 'Subject' })
      .inputValue(),
  ).resolves.toBe('First tab subject');
  await expect(
    composeDock(second)
      .getByRole('dialog', { name: 'Second tab subject' })
      .getByRole('textbox', { name: 'Subject' })
      .inputValue(),
  ).resolves.toBe('Second tab subject');
  for (const page of [first, second]) {
    await expect(sessionExpired(page).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Sign in to Inkwell' }).count()).resolves.toBe(0);
  }
});
