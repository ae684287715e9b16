import { act, render, screen } from '@testing-library/react';
import { createAxigenClient } from '@inkwell/axigen-client';
import { InkwellProvider } from '../provider/InkwellProvider';
import { useSessionState } from './useSessionState';

const LOGIN = { kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' } as const;

/**
 * A server with one account: a cookie login gives a new session id; `expireAll()` forgets every session (as after
 * an idle timeout); `refuseLogins` makes logins fail.
 */
function fakeServer() {
  let live = new Set<string>();
  let next = 1;
  const server = {
    logins: 0,
    refuseLogins: false,
    expireAll: () => (live = new Set()),
    fetch: (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      if (url.pathname === '/api/v1/login/cookie') {
        server.logins += 1;
        if (server.refuseLogins) return Response.json({ code: 'LOGIN_FAILED' }, { status: 401 });
        const sessid = `S${next++}`;
        live.add(sessid);
        return Response.json({ sessid });
      }
      if (!live.has(url.searchParams.get('_h') ?? '')) return Response.json({ code: 'UNAUTHORIZED' }, { status: 401 });
      return Response.json({ accountName: 'alice', domainName: 'inkwell.test', fullName: 'Alice' });
    }) as typeof fetch,
  };
  return server;
}

function SessionBanner() {
  const state = useSessionState();
  return <p role="status">{state === 'expired' ? 'Session expired, sign in again' : state}</p>;
}

function setup(relogin?: 'remembered' | false | (() => Promise<void>)) {
  const server = fakeServer();
  const client = createAxigenClient({ baseUrl: 'http://mail.inkwell.test', fetch: server.fetch, coordinator: false });
  render(
    <InkwellProvider client={client} {...(relogin !== undefined && { relogin })}>
      <SessionBanner />
    </InkwellProvider>,
  );
  return { server, client };
}

describe('useSessionState and the provider’s re-login', () => {
  test('follows the client: signed out, then signed in', async () => {
    const { client } = setup();
    expect(screen.getByRole('status')).toHaveTextContent('signed-out');
    await act(() => client.login(LOGIN));
    expect(screen.getByRole('status')).toHaveTextContent('signed-in');
  });

  test('by default a 401 repeats the last login once, then the call succeeds', async () => {
    const { server, client } = setup();
    await act(() => client.login(LOGIN));
    server.expireAll();
    await act(async () => {
      expect(await client.getAccountInfo()).toMatchObject({ accountName: 'alice' });
    });
    expect(server.logins).toBe(2);
    expect(screen.getByRole('status')).toHaveTextContent('signed-in');
  });

  test('a session that cannot be restored shows as expired', async () => {
    const { server, client } = setup();
    await act(() => client.login(LOGIN));
    server.expireAll();
    server.refuseLogins = true;
    await act(async () => {
      await expect(client.getAccountInfo()).rejects.toMatchObject({ status: 401 });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Session expired, sign in again');
  });

  test('relogin={false}: no new login, the session is expired at once', async () => {
    const { server, client } = setup(false);
    await act(() => client.login(LOGIN));
    server.expireAll();
    await act(async () => {
      await expect(client.getAccountInfo()).rejects.toMatchObject({ status: 401 });
    });
    expect(server.logins).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('Session expired, sign in again');
  });

  test('a relogin function is the hook a 401 calls', async () => {
    const calls: string[] = [];
    const holder: { client?: ReturnType<typeof createAxigenClient> } = {};
    const { server, client } = setup(async () => {
      calls.push('asked the user');
      await holder.client?.login(LOGIN);
    });
    holder.client = client;
    await act(() => client.login(LOGIN));
    server.expireAll();
    await act(async () => {
      await client.getAccountInfo();
    });
    expect(calls).toEqual(['asked the user']);
    expect(screen.getByRole('status')).toHaveTextContent('signed-in');
  });
});
