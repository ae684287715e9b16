import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// The app as it ships: `vite build`, then served as built. Every other e2e test runs on the dev server, which never
// runs the production chunking (React and the editor engine in chunks of their own, the rest on demand).
const outDir = mkdtempSync(join(tmpdir(), 'inkwell-build-'));
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail({ productionBuildDir: outDir });
}, 120_000);
afterAll(async () => {
  await app?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const scriptName = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

it('signs in, writes and sends a message from the production build', { timeout: 120_000 }, async () => {
  const { page } = app;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(scriptName(r.url()));
  });

  await signIn(page, app.url);
  // The vendor chunks load with the page. A module reached only through import() stays on demand (the vendor
  // groups did not pull it into the page): Tiptap's list paste parser comes when an editor is made.
  expect(scripts.some((s) => /^react-.+\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /^editor-engine-.+\.js$/.test(s))).toBe(true);
  const parser = readdirSync(join(outDir, 'assets')).find((f) => /^ordered-list-.+\.js$/.test(f));
  expect(parser).toBeDefined();
  expect(scripts).not.toContain(parser);

  await page.getByRole('button', { name: 'New message' }).click();
  const compose = composeDock(page).getByRole('dialog').last();
  await addRecipient(compose, 'To', 'bob@inkwell.test');
  await compose.getByRole('textbox', { name: 'Subject' }).fill('Built and shipped');
  const body = compose.getByRole('textbox', { name: 'Message body' });
  await body.click({ position: { x: 40, y: 12 } });
  await page.keyboard.type('Sent from the production build.');
  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForUndoToast(page);
  const { raw } = await deliveredOnce(app, 'Built and shipped');
  expect(raw).toContain('Sent from the production build.');
  expect(scripts).toContain(parser);
  expect(errors).toEqual([]);
});
