// What the fault e2e tests share: the sample app on the emulator, its fault controls, and the server's own view of
// Alice's folders and deliveries (read through the API client, not the page).
import { createAxigenClient, type AxigenClient, type Mail } from '@inkwell/axigen-client';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { addRecipient, composeDock, openWebmail, type OpenWebmail } from './openWebmail';

export interface FaultRule {
  method: string;
  path: string;
  status?: number;
  drop?: boolean;
  hang?: boolean;
  phase?: 'before' | 'after';
  times?: number;
}

export interface FaultBench {
  /** The app; set in beforeAll. */
  readonly app: OpenWebmail;
  /** Adds a fault rule (once unless `times` says otherwise). */
  fault(rule: FaultRule): Promise<unknown>;
  activeFaults(): Promise<unknown[]>;
  /** Alice's mails in a folder (by role, or Scheduled by name) with this subject. */
  mailsIn(kind: 'drafts' | 'scheduled', subject: string): Promise<Mail[]>;
  /** A mail's plain text above the signature (`-- `): what the user typed. */
  typedPart(id: string): Promise<string>;
  /** Delivered messages (the emulator's outbox) with this subject. */
  delivered(subject: string): Promise<{ subject: string; text: string }[]>;
  /** Closes the windows left open, opens a new one to Bob with this subject, the caret on the first line. */
  compose(subject: string): Promise<Locator>;
}

/** Registers the hooks (one app per file, faults cleared before each test) and returns the helpers. */
export function setUpFaultBench(): FaultBench {
  let app: OpenWebmail | undefined;
  let api: AxigenClient | undefined;
  beforeAll(async () => {
    app = await openWebmail();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    // Its own login again after a 401: a test that moves the emulator's clock by days ends every session.
    api = createAxigenClient({ baseUrl: app.url.replace(/\/$/, ''), onUnauthorized: () => client().auth.relogin() });
    await api.login({ kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    // Answers 204: not through control(), which reads JSON.
    await fetch(new URL('/__emulator/faults', bench.app.url), { method: 'DELETE' });
  });
  const client = () => {
    if (!api) throw new Error('the bench is not started');
    return api;
  };
  const bench: FaultBench = {
    get app() {
      if (!app) throw new Error('the bench is not started');
      return app;
    },
    fault: (rule) => bench.app.control('faults', { method: 'POST', body: { times: 1, ...rule } }),
    activeFaults: () => bench.app.control<unknown[]>('faults'),
    async mailsIn(kind, subject) {
      const { items } = await client().listFolders();
      const folder = items.find((f) => (kind === 'scheduled' ? f.name === 'Scheduled' : f.role === kind));
      if (!folder) throw new Error(`no ${kind} folder`);
      return (await client().listMails(folder.id, { limit: 100 })).items.filter((m) => m.subject === subject);
    },
    async typedPart(id) {
      const { content } = await client().getBody(id, 'text');
      return content.split(/^-- ?$/m)[0]!.trim();
    },
    async delivered(subject) {
      const outbox = await bench.app.control<{ subject: string; text: string }[]>('outbox');
      return outbox.filter((m) => m.subject === subject);
    },
    async compose(subject) {
      const { page } = bench.app;
      // Windows an earlier test left open come back after signing in: close them (each is kept as a draft).
      const close = composeDock(page).getByRole('button', { name: 'Close', exact: true });
      while ((await close.count()) > 0) await close.first().click();
      await page.getByRole('button', { name: 'New message' }).click();
      const blank = composeDock(page).getByRole('dialog', { name: 'New message' });
      await addRecipient(blank, 'To', 'bob@inkwell.test');
      await blank.getByRole('textbox', { name: 'Subject' }).fill(subject);
      const window = composeDock(page).getByRole('dialog', { name: subject });
      // The first line, above the signature.
      await window.getByRole('textbox', { name: 'Message body' }).click({ position: { x: 40, y: 12 } });
      return window;
    },
  };
  return bench;
}
