// Real Chromium: Web Locks and BroadcastChannel as the browser provides them. Two coordinators of one name stand
// for two tabs; the fake server keeps one session cookie for the whole "browser", as a real one would.
import { describe, expect, it } from 'vitest';
import type { AxigenClient } from './client-types';
import { createAxigenClient } from './create-axigen-client';
import { createSessionCoordinator } from './session-coordinator';

const ALICE = { kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' } as const;

/** One session cookie for every tab; a cookie login replaces it, so only the newest session's `_h` works. */
function browserServer() {
  let cookieSession: string | undefined;
  let next = 1;
  const server = {
    logins: 0,
    fetch: (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      if (url.pathname === '/api/v1/login/cookie') {
        server.logins += 1;
        cookieSession = `S${next++}`;
        return Response.json({ sessid: cookieSession });
      }
      if (url.searchParams.get('_h') !== cookieSession) return Response.json({ code: 'UNAUTHORIZED' }, { status: 401 });
      return Response.json({ accountName: 'alice', domainName: 'inkwell.test', fullName: 'Alice' });
    }) as typeof fetch,
  };
  return server;
}

describe('tabs in a real browser', () => {
  it('uses the browser’s Web Locks and BroadcastChannel by default', () => {
    expect(typeof navigator.locks?.request).toBe('function');
    expect(typeof BroadcastChannel).toBe('function');
  });

  it('a second tab adopts the first tab’s session: one login, neither tab is logged out', async () => {
    const server = browserServer();
    const name = `tabs-${crypto.randomUUID()}`;
    const tab = (): AxigenClient =>
      createAxigenClient({
        baseUrl: 'http://mail.inkwell.test',
        fetch: server.fetch,
        coordinator: createSessionCoordinator({ name, askTimeoutMs: 200 }),
      });
    const first = tab();
    const second = tab();
    await first.login(ALICE);
    await second.login(ALICE);
    expect(server.logins).toBe(1);
    expect(second.sessionId).toBe(first.sessionId);
    await expect(first.getAccountInfo()).resolves.toMatchObject({ accountName: 'alice' });
    await expect(second.getAccountInfo()).resolves.toMatchObject({ accountName: 'alice' });
  });

  it('tabs logging in at the same moment take turns through the lock: one login', async () => {
    const server = browserServer();
    const name = `tabs-${crypto.randomUUID()}`;
    const tabs = [1, 2, 3].map(() =>
      createAxigenClient({
        baseUrl: 'http://mail.inkwell.test',
        fetch: server.fetch,
        coordinator: createSessionCoordinator({ name, askTimeoutMs: 200 }),
      }),
    );
    await Promise.all(tabs.map((t) => t.login(ALICE)));
    expect(server.logins).toBe(1);
    await Promise.all(tabs.map((t) => expect(t.getAccountInfo()).resolves.toMatchObject({ accountName: 'alice' })));
  });
});
