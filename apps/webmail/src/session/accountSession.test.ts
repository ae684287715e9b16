import { AxigenError, type AxigenClient } from '@inkwell/axigen-client';
import { expect, it, vi } from 'vitest';
import { createAccountSession } from './accountSession';
import { describeSignInError } from './describeSignInError';

function fakeClient(overrides: Partial<AxigenClient> = {}): AxigenClient {
  return {
    login: vi.fn(async () => ({ sessid: 's1' })),
    logout: vi.fn(async () => {}),
    getAccountInfo: vi.fn(async () => ({
      accountName: 'alice',
      domainName: 'inkwell.test',
      fullName: 'Alice Liddell',
      folderContainerId: '80',
      totalQuota: 1,
      usedQuota: 0,
      remainingQuota: 1,
    })),
    listAliases: vi.fn(async () => ({
      items: [
        { emailAddress: 'alice@inkwell.test', type: 'mainAddress' as const },
        { emailAddress: 'A.Liddell@inkwell.test', type: 'accountAlias' as const },
      ],
    })),
    ...overrides,
  } as unknown as AxigenClient;
}

const details = { username: 'alice@inkwell.test', password: 'wonderland', mode: 'header' as const };

it('signs in: identity from the account and its aliases, header mode keeps the Authorization for reads', async () => {
  const client = fakeClient();
  const session = createAccountSession(client, describeSignInError);
  await session.signIn(details);
  const state = session.getState();
  expect(client.login).toHaveBeenCalledWith({ kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' });
  expect(state).toMatchObject({
    status: 'signed-in',
    expired: false,
    account: {
      domain: 'inkwell.test',
      identity: {
        from: { name: 'Alice Liddell', address: 'alice@inkwell.test' },
        ownAddresses: ['alice@inkwell.test', 'A.Liddell@inkwell.test'],
      },
    },
  });
  // The password is not kept in the state.
  expect(state.status === 'signed-in' && state.account.details.password).toBe('');
  expect(session.authorization).toBe(`Basic ${btoa('alice@inkwell.test:wonderland')}`);
});

it('says a refused login in the user’s words', async () => {
  const login = vi.fn(async () => {
    throw new AxigenError({ kind: 'http', operation: 'login', status: 401, message: 'login: 401 AUTH_FAILED' });
  });
  const session = createAccountSession(fakeClient({ login }), describeSignInError);
  await session.signIn(details);
  expect(session.getState()).toEqual({ status: 'signed-out', error: 'The email address or password is not right.' });
});

it('an expired session waits for the user to sign in again, and a sign-out releases the waiters', async () => {
  const session = createAccountSession(fakeClient(), describeSignInError);
  await session.signIn(details);
  const waiting = session.reauthenticate();
  expect(session.getState()).toMatchObject({ status: 'signed-in', expired: true });
  await session.signIn(details);
  await expect(waiting).resolves.toBeUndefined();
  expect(session.getState()).toMatchObject({ status: 'signed-in', expired: false });

  const again = session.reauthenticate();
  await session.signOut();
  await expect(again).rejects.toThrow('Signed out');
  expect(session.getState()).toEqual({ status: 'signed-out' });
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

it('keeps a cookie session’s id (never the password) for a reload of the tab, and forgets it on sign-out', async () => {
  const storage = memoryStorage();
  const client = fakeClient({ sessionId: 's1' } as Partial<AxigenClient>);
  const session = createAccountSession(client, describeSignInError, storage);
  await session.signIn({ ...details, mode: 'cookie' });
  expect([...storage.items.values()]).toEqual([JSON.stringify({ username: 'alice@inkwell.test', sessid: 's1' })]);
  await session.signOut();
  expect(storage.items.size).toBe(0);
  // A header session is never kept: resuming it would need the password.
  await session.signIn(details);
  expect(storage.items.size).toBe(0);
});

it('a reload signs in again with the kept session, or shows the form when it has ended', async () => {
  const storage = memoryStorage();
  storage.setItem('inkwell.webmail.session', JSON.stringify({ username: 'alice@inkwell.test', sessid: 's1' }));
  const resume = vi.fn(async () => {});
  const client = fakeClient({ auth: { resume } } as unknown as Partial<AxigenClient>);
  const session = createAccountSession(client, describeSignInError, storage);
  const resuming = session.resume();
  expect(session.getState()).toEqual({ status: 'signing-in', resuming: true });
  await resuming;
  expect(resume).toHaveBeenCalledWith({ username: 'alice@inkwell.test', sessid: 's1' });
  expect(client.login).not.toHaveBeenCalled();
  expect(session.getState()).toMatchObject({ status: 'signed-in', account: { details: { mode: 'cookie' } } });

  const ended = createAccountSession(
    fakeClient({
      auth: { resume },
      getAccountInfo: vi.fn(async () => {
        throw new AxigenError({ kind: 'http', status: 401, operation: 'getAccountInfo', message: 'ended' });
      }),
    } as unknown as Partial<AxigenClient>),
    describeSignInError,
    storage,
  );
  // Unreachable: the session is kept for the next reload, and the form says why it shows.
  const offline = createAccountSession(
    fakeClient({
      auth: { resume },
      getAccountInfo: vi.fn(async () => {
        throw new AxigenError({ kind: 'network', operation: 'getAccountInfo', message: 'Failed to fetch' });
      }),
    } as unknown as Partial<AxigenClient>),
    describeSignInError,
    storage,
  );
  await offline.resume();
  expect(offline.getState()).toMatchObject({ status: 'signed-out', error: expect.stringMatching(/\S/) });
  expect(storage.items.size).toBe(1);

  await ended.resume();
  expect(ended.getState()).toEqual({ status: 'signed-out' });
  expect(storage.items.size).toBe(0);
  // Nothing kept: nothing to do, the form shows.
  await ended.resume();
  expect(ended.getState()).toEqual({ status: 'signed-out' });
});
