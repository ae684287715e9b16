import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addRecipient, composeDock, openWebmail, screenshot, signIn, type OpenWebmail } from './openWebmail';

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

/** Alice's drafts on the server (subject and HTML body), read through the API (header login), not through either tab. */
async function serverDrafts(): Promise<{ subject: string; html: string }[]> {
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
  const list = await get<{ items: { id: string; subject: string }[] }>(
    `/api/v1/mails?folderId=${encodeURIComponent(drafts.id)}&start=0&limit=200`,
  );
  return Promise.all(
    list.items.map(async ({ id, subject }) => {
      const body = await get<{ data: string }>(`/api/v1/mails/${encodeURIComponent(id)}/body?type=html`);
      return { subject, html: Buffer.from(body.data, 'base64').toString('utf8') };
    }),
  );
}

/** Resolves with the first successful draft save (create or replace) from `page` that carries `text`. */
function savedWith(page: Page, text: string) {
  return page.waitForResponse((r) => {
    const method = r.request().method();
    const { pathname } = new URL(r.url());
    const save =
      (method === 'POST' && pathname === '/api/v1/mails') ||
      (method === 'PUT' && pathname.startsWith('/api/v1/drafts/'));
    return save && r.ok() && (r.request().postData() ?? '').includes(text);
  });
}

const status = (window: Locator) => window.getByRole('status');
const ours = <T extends { subject: string }>(drafts: T[]) => drafts.filter((d) => d.subject.startsWith('Shared draft'));

it(
  'the same draft open in both tabs: each follows the other, a clash is shown and merged per field',
  { timeout: 120_000 },
  async () => {
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
    // Opened as a new message here, and from Drafts in the other tab: two views of one draft.
    const one = composeDock(first).getByRole('dialog', { name: /^Shared draft/ });
    await status(one)
      .filter({ hasText: /^Saved/ })
      .waitFor();

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
    const two = composeDock(second).getByRole('dialog', { name: /^Shared draft/ });
    const twoSubject = two.getByRole('textbox', { name: 'Subject' });
    await twoSubject.waitFor();
    await expect(twoSubject.inputValue()).resolves.toBe('Shared draft');

    // One after the other: the first tab, with nothing unsaved, follows the second without asking.
    const secondSaved = savedWith(second, 'Shared draft, from the second tab');
    await twoSubject.fill('Shared draft, from the second tab');
    await secondSaved;
    const oneSubject = one.getByRole('textbox', { name: 'Subject' });
    await expect.poll(() => oneSubject.inputValue(), { timeout: 10_000 }).toBe('Shared draft, from the second tab');
    await expect(one.getByRole('button', { name: 'Compare versions' }).count()).resolves.toBe(0);

    // At the same time (before either tab hears of the other): the subject in the first, the body in the second.
    const twoBody = two.getByRole('textbox', { name: 'Message body' });
    await twoBody.click();
    await Promise.all([
      oneSubject.fill('Shared draft, final subject'),
      second.keyboard.type('Agenda from the second tab'),
    ]);
    for (const window of [one, two]) {
      await status(window).filter({ hasText: 'This draft was changed in another tab' }).waitFor();
    }
    await screenshot(first, 'two-tabs-conflict');

    // Send while the clash is shown: the versions are put side by side first, and nothing is sent.
    await first.bringToFront();
    const resolver = first.getByRole('region', { name: 'This draft was changed in another tab' });
    await one.getByRole('button', { name: 'Send', exact: true }).click();
    await resolver.waitFor();
    await expect(
      first.getByRole('dialog', { name: /can’t be sent yet|Send this message anyway/ }).count(),
    ).resolves.toBe(0);
    await resolver.getByRole('button', { name: 'Decide later' }).click();
    await expect(resolver.count()).resolves.toBe(0);

    // The first tab compares and keeps its subject and the second tab's body.
    await one.getByRole('button', { name: 'Compare versions' }).click();
    await resolver
      .getByRole('group', { name: 'Subject' })
      .getByRole('radio', { name: 'Keep this tab’s version' })
      .check();
    await resolver
      .getByRole('group', { name: 'Message body' })
      .getByRole('radio', { name: 'Use the other tab’s version' })
      .check();
    // What the second tab typed while the conflict was shown is compared too, not only its first keys.
    await expect
      .poll(() => resolver.getByRole('group', { name: 'Message body' }).textContent(), { timeout: 10_000 })
      .toContain('Agenda from the second tab');
    const merged = savedWith(first, 'Agenda from the second tab');
    await resolver.getByRole('button', { name: 'Apply' }).click();
    await merged;
    await status(one)
      .filter({ hasText: /^Saved/ })
      .waitFor();

    // The second tab's version was taken in: it follows without asking again, and shows the merged draft.
    await expect
      .poll(() => two.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 10_000 })
      .toBe('Shared draft, final subject');
    await expect(two.getByRole('button', { name: 'Compare versions' }).count()).resolves.toBe(0);
    await expect(twoBody.textContent()).resolves.toContain('Agenda from the second tab');

    // On the server: one draft, with the edits of both tabs.
    const drafts = ours(await serverDrafts());
    expect(drafts.map((d) => d.subject)).toEqual(['Shared draft, final subject']);
    expect(drafts[0]!.html).toContain('Agenda from the second tab');
    for (const page of [first, second]) {
      await expect(sessionExpired(page).count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { name: 'Sign in to Inkwell' }).count()).resolves.toBe(0);
    }
  },
);
