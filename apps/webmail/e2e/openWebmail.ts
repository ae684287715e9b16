// Starts the sample app (Vite dev server + embedded emulator, in memory) and Debian's Chromium for an e2e test.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutboxView } from '@inkwell/axigen-emulator';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { webmailViteConfig } from '../webmailViteConfig';

export interface OpenWebmail {
  url: string;
  page: Page;
  context: BrowserContext;
  /** Calls a test control of the embedded emulator. */
  control: <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;
  close: () => Promise<void>;
}

/** Key screens, kept as test artifacts (gitignored); the README shows copies from apps/webmail/docs/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Signs in with the prefilled demo account (cookie mode unless told) and waits for the inbox. A tab that was signed
 * in with a cookie before is signed in again by the app itself; for header mode it signs out first. */
export async function signIn(page: Page, url: string, mode: 'cookie' | 'header' = 'cookie'): Promise<void> {
  await page.goto(url);
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  const form = page.getByRole('button', { name: 'Sign in' });
  await inbox.or(form).first().waitFor();
  if (await inbox.isVisible()) {
    if (mode === 'cookie') return;
    await page.getByRole('button', { name: 'Sign out' }).click();
  }
  if (mode === 'header') await page.getByRole('radio', { name: 'a login header on every request' }).check();
  await form.click();
  await inbox.waitFor();
}

/** Where the app is served from: the dev server, or (`outDir` given) a production build and `vite preview`. */
async function startServer(profile: string, outDir: string | undefined) {
  const config = webmailViteConfig({ port: 0 });
  if (outDir) {
    const production = { ...config, build: { ...config.build, outDir, emptyOutDir: true }, configFile: false as const };
    await build({ ...production, logLevel: 'error' });
    const server = await preview({ ...production, preview: config.server, logLevel: 'error' });
    return { url: server.resolvedUrls?.local[0], close: () => server.close() };
  }
  // No watcher and no HMR: files edited while the test runs must not reload the page under it.
  const server = await createServer({
    ...config,
    server: { ...config.server, hmr: false, watch: null },
    // Its own dependency cache: servers of test files running side by side must not rewrite each other's
    // optimized deps (that reloads pages mid-test).
    cacheDir: join(profile, 'vite'),
    logLevel: 'error',
    configFile: false,
  });
  await server.listen();
  return { url: server.resolvedUrls?.local[0], close: () => server.close() };
}

export interface OpenWebmailOptions {
  /** Build the app for production into this folder and serve the build (`vite preview`) instead of the dev server. */
  productionBuildDir?: string;
}

export async function openWebmail(options: OpenWebmailOptions = {}): Promise<OpenWebmail> {
  const profile = mkdtempSync(join(tmpdir(), 'inkwell-e2e-'));
  const server = await startServer(profile, options.productionBuildDir);
  const url = server.url;
  if (!url) throw new Error('the server has no local URL');
  const context = await chromium.launchPersistentContext(join(profile, 'chromium'), {
    executablePath: chromiumPath(),
    args: chromiumArgs.filter((a) => a !== '--headless'),
    headless: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const control = async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(new URL(`/__emulator/${path}`, url), {
      method: init.method ?? 'GET',
      ...(init.body === undefined
        ? {}
        : { body: JSON.stringify(init.body), headers: { 'Content-Type': 'application/json' } }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    url,
    page,
    context,
    control,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The list is windowed: scrolls it until the row is rendered, then returns it. */
/** One app for the file's tests: opened before the first, closed after the last. Read `app.current` inside a test. */
export function webmailForFile(options: OpenWebmailOptions = {}): { readonly current: OpenWebmail } {
  let opened: OpenWebmail | undefined;
  beforeAll(async () => {
    opened = await openWebmail(options);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });
  return {
    get current() {
      if (!opened) throw new Error('the app is not open: read app.current inside a test');
      return opened;
    },
  };
}

export async function findRow(listbox: Locator, name: string | RegExp): Promise<Locator> {
  const row = listbox.getByRole('option', { name });
  // Each scroll re-renders the window on the next frames: look only after they have painted.
  const scroll = (top: number | 'half') =>
    listbox.evaluate(
      (el, to) =>
        new Promise<boolean>((resolve) => {
          const before = el.scrollTop;
          if (to === 'half') el.scrollBy({ top: el.clientHeight / 2 });
          else el.scrollTo({ top: to });
          const moved = el.scrollTop !== before;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(moved)));
        }),
      top,
    );
  await scroll(0);
  for (let i = 0; i < 400; i++) {
    await listbox.getByRole('option').first().waitFor();
    if ((await row.count()) > 0) {
      await row.scrollIntoViewIfNeeded();
      return row;
    }
    if (!(await scroll('half'))) break;
  }
  throw new Error(`no row named ${String(name)}`);
}

/** The docked compose windows ("Messages being written"); each window is a dialog named after its subject. */
export function composeDock(page: Page): Locator {
  return page.getByRole('region', { name: 'Messages being written' });
}

/**
 * Opens a draft from Drafts in compose (the first one, or the one whose row matches `row`), once its subject is in
 * the window: the window and the subject it is named after.
 */
export async function editDraft(page: Page, row?: RegExp): Promise<{ compose: Locator; subject: string }> {
  await page
    .getByRole('navigation', { name: 'Folders' })
    .getByRole('button', { name: /^Drafts/ })
    .click();
  const drafts = page.getByRole('listbox', { name: /^Drafts/ });
  await (row ? drafts.getByRole('option', { name: row }) : drafts.getByRole('option').first()).click();
  const article = page.getByRole('article');
  const subject = await article.getByRole('heading', { level: 2 }).innerText();
  await article.getByRole('button', { name: 'Edit draft' }).click();
  const compose = composeDock(page).getByRole('dialog', { name: subject });
  await expect
    .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
    .toBe(subject);
  return { compose, subject };
}

/** How far apart the vertical middles of two elements are, read in one frame (a re-render between two reads moves them). */
export async function rowOffset(a: Locator, b: Locator): Promise<number> {
  const handles = await Promise.all([a.elementHandle(), b.elementHandle()]);
  return a.page().evaluate((elements) => {
    const [top, other] = elements.map((e) => {
      const box = e!.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    return Math.abs(top! - other!);
  }, handles);
}

/** Types into a recipients field and turns the text into a chip (Enter), as a user does. */
export async function addRecipient(scope: Page | Locator, field: 'To' | 'Cc' | 'Bcc', text: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: field, exact: true });
  await input.fill(text);
  await input.press('Enter');
}

/** The "Message sent" toast with its Undo button and the seconds left to undo. */
export async function waitForUndoToast(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Undo', exact: true }).waitFor();
  await page
    .getByText(/^\d+ s left to undo$/)
    .first()
    .waitFor();
}

/** Pastes a real PNG, drawn in the page, into `target` as a clipboard file named `name`, as a screenshot paste does. */
export async function pastePng(target: Locator, name: string): Promise<void> {
  await target.evaluate(async (element, fileName) => {
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 32;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#36c';
    g.fillRect(0, 0, 48, 32);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const data = new DataTransfer();
    data.items.add(new File([blob], fileName, { type: 'image/png' }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, name);
}

/** Ends the undo window on the emulator's clock, then reads the one message delivered with `subject` (it fails when
 * there is none, or more than one) and its raw MIME. */
export async function deliveredOnce(app: OpenWebmail, subject: string): Promise<{ message: OutboxView; raw: string }> {
  await app.control('clock', { method: 'POST', body: { advanceMs: 11_000 } });
  const sent = (await app.control<OutboxView[]>('outbox')).filter((m) => m.subject === subject);
  expect(sent).toHaveLength(1);
  const message = sent[0] as OutboxView;
  const raw = await fetch(new URL(`/__emulator/outbox/${message.id}/raw`, app.url)).then((r) => r.text());
  return { message, raw };
}
