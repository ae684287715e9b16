// Contract: several tabs of one app, each with its own client, sharing the browser's cookies (one CookieJar) and
// talking through BroadcastChannel (one coordinator per tab). A login in a new tab must not log another tab out.
import {
  type AxigenClient,
  CookieJar,
  createAxigenClient,
  createSessionCoordinator,
  type SessionCoordinator,
} from '../support/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/node/server';
import { advanceClock, startServer } from './harness';

const ALICE = { kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' } as const;

let server: EmulatorServer;
let coordinators: SessionCoordinator[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.emulator.controls.reset());
afterEach(() => {
  for (const coordinator of coordinators) coordinator.close();
  coordinators = [];
});

/** A browser: one cookie jar for all its tabs. */
function browser(name = `app-${Math.random()}`) {
  const cookies = new CookieJar();
  return {
    tab(options: { coordinated?: boolean; relogin?: boolean } = {}): AxigenClient {
      const coordinator = options.coordinated === false ? false : createSessionCoordinator({ name, askTimeoutMs: 100 });
      if (coordinator) coordinators.push(coordinator);
      const client: AxigenClient = createAxigenClient({
        baseUrl: server.url,
        cookies,
        coordinator,
        ...(options.relogin !== false && { onUnauthorized: () => client.auth.relogin() }),
      });
      return client;
    },
  };
}

const liveSessions = () => server.emulator.snapshot().sessions.length;

describe('two tabs, one cookie', () => {
  it('without coordination (what the issue saw): the second login logs the first tab out', async () => {
    const jar = new CookieJar();
    const a = createAxigenClient({ baseUrl: server.url, cookies: jar, coordinator: false });
    const c = createAxigenClient({ baseUrl: server.url, cookies: jar, coordinator: false });
    await a.login(ALICE);
    await c.login(ALICE);
    await expect(a.getAccountInfo()).rejects.toMatchObject({ status: 401 });
    expect(a.auth.state).toBe('expired');
  });

  it('a new tab adopts the session the open tab uses: one server session, both tabs work', async () => {
    const b = browser();
    const a = b.tab();
    const c = b.tab();
    await a.login(ALICE);
    await c.login(ALICE);
    expect(c.sessionId).toBe(a.sessionId);
    expect(liveSessions()).toBe(1);
    const [fromA, fromC] = await Promise.all([
      a.createDraft({ subject: 'From tab A' }),
      c.createDraft({ subject: 'From tab C' }),
    ]);
    expect(fromA.subject).toBe('From tab A');
    expect(fromC.subject).toBe('From tab C');
    expect(a.auth.state).toBe('signed-in');
    expect(c.auth.state).toBe('signed-in');
  });

  it('tabs logging in at once take turns: one login, one session', async () => {
    const b = browser();
    const tabs = [b.tab(), b.tab(), b.tab()];
    await Promise.all(tabs.map((tab) => tab.login(ALICE)));
    expect(new Set(tabs.map((tab) => tab.sessionId)).size).toBe(1);
    expect(liveSessions()).toBe(1);
    await Promise.all(tabs.map((tab) => tab.getAccountInfo()));
  });

  it('a session that ended: the tab that meets the 401 logs in once and retries; the other adopts it', async () => {
    const b = browser();
    const a = b.tab();
    const c = b.tab();
    await a.login(ALICE);
    await c.login(ALICE);
    await advanceClock(server, 31 * 60 * 1000); // past the idle lifetime: the server forgot the session
    const draft = await a.createDraft({ subject: 'After expiry' });
    expect(draft.subject).toBe('After expiry');
    expect(a.auth.state).toBe('signed-in');
    await expect.poll(() => c.sessionId).toBe(a.sessionId);
    expect(await c.getAccountInfo()).toMatchObject({ accountName: 'alice' });
    expect(liveSessions()).toBe(1);
  });

  it('a tab that logged in on its own (no coordination) is repaired: the other tab re-logs in once', async () => {
    const b = browser();
    const a = b.tab();
    await a.login(ALICE);
    const rogue = b.tab({ coordinated: false });
    await rogue.login(ALICE); // replaces the cookie: a's _h no longer matches
    expect(await a.getAccountInfo()).toMatchObject({ accountName: 'alice' });
    expect(a.auth.state).toBe('signed-in');
  });

  it('a session that cannot be restored is a visible state, "expired"', async () => {
    const b = browser();
    const a = b.tab();
    const states: string[] = [];
    a.auth.subscribe((state) => states.push(state));
    await a.login(ALICE);
    server.emulator.controls.addFault({ path: '/api/v1/login/cookie', status: 401, times: 5 });
    await advanceClock(server, 31 * 60 * 1000);
    await expect(a.getAccountInfo()).rejects.toMatchObject({ status: 401 });
    expect(states).toEqual(['signed-in', 'restoring', 'expired']);
    expect(a.auth.state).toBe('expired');
  });

  it('a tab that adopted a dead session (the server restarted) logs in for real, even without a re-login hook', async () => {
    const b = browser();
    const a = b.tab();
    await a.login(ALICE);
    server.emulator.controls.reset(); // sessions gone; tab a does not know yet
    const c = b.tab({ relogin: false });
    await c.login(ALICE);
    expect(c.sessionId).toBe(a.sessionId); // adopted from a, which still believes in it
    expect(await c.getAccountInfo()).toMatchObject({ accountName: 'alice' });
    expect(c.sessionId).not.toBe(undefined);
    await expect.poll(() => a.sessionId).toBe(c.sessionId);
    expect(await a.getAccountInfo()).toMatchObject({ accountName: 'alice' });
  });

  it('logging out in one tab signs the others out', async () => {
    const b = browser();
    const a = b.tab();
    const c = b.tab();
    await a.login(ALICE);
    await c.login(ALICE);
    await a.logout();
    await expect.poll(() => c.auth.state).toBe('signed-out');
    expect(c.sessionId).toBeUndefined();
  });
});
