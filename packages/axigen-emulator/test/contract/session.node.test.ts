// Contract: @inkwell/axigen-client ↔ the emulator over real HTTP — version, both auth modes, 401 and re-login.
import { createAxigenClient, isAxigenError, type AxigenClient } from '../support/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/node/server';
import { advanceClock, ALICE_LOGIN, loggedIn, startServer } from './harness';

let server: EmulatorServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.emulator.controls.reset());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('version', () => {
  it('reads GET /api/ without a session', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    expect(await client.getVersion()).toEqual({
      apiVersion: expect.stringMatching(/^1\.\d+\.\d+$/),
      serverVersion: expect.stringMatching(/^10\.5\./),
    });
  });
});

describe('header auth (Basic and Bearer)', () => {
  it('logs in with Basic and then reads the account', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    const { sessid } = await client.login(ALICE_LOGIN);
    expect(sessid).toEqual(expect.any(String));
    expect(client.sessionId).toBe(sessid);
    expect(await client.getAccountInfo()).toMatchObject({
      accountName: 'alice',
      domainName: 'inkwell.test',
      fullName: 'Alice Liddell',
    });
  });

  it('logs in with a Bearer token (the emulator accepts demo-token-<user>)', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    await client.login({ kind: 'bearer', token: 'demo-token-bob@inkwell.test' });
    expect(await client.getAccountInfo()).toMatchObject({ accountName: 'bob', fullName: 'Bob Builder' });
  });

  it('answers 401 for a wrong password and an unknown token', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    const wrong = await rejection(client.login({ kind: 'basic', username: 'alice@inkwell.test', password: 'nope' }));
    expect(isAxigenError(wrong) && { kind: wrong.kind, status: wrong.status, op: wrong.operation }).toEqual({
      kind: 'http',
      status: 401,
      op: 'login',
    });
    const token = await rejection(client.login({ kind: 'bearer', token: 'stolen' }));
    expect(isAxigenError(token) && token.status).toBe(401);
    expect(client.sessionId).toBeUndefined();
  });

  it('answers 401 to a call without login', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    const error = await rejection(client.listFolders());
    expect(isAxigenError(error) && { status: error.status, code: error.code }).toEqual({
      status: 401,
      code: 'UNAUTHORIZED',
    });
  });
});

describe('cookie auth', () => {
  it('logs in with a cookie and sends it with _h on every later call', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    await client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' });
    const folders = await client.listFolders();
    expect(folders.items.map((folder) => folder.role)).toEqual(
      expect.arrayContaining(['inbox', 'drafts', 'sent', 'trash']),
    );
    // The browser-loaded URLs carry _h too (the cookie goes along natively in a browser).
    expect(client.temporaryAttachmentUrl(5)).toBe(`${server.url}/api/v1/temporaryAttachments/5?_h=${client.sessionId}`);
  });

  it('rejects _h without the matching cookie', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    const { sessid } = await client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' });
    const response = await fetch(`${server.url}/api/v1/account/info?_h=${sessid}`);
    expect(response.status).toBe(401);
  });

  it('answers 401 to a failed cookie login', async () => {
    const client = createAxigenClient({ baseUrl: server.url });
    const error = await rejection(client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'x' }));
    expect(isAxigenError(error) && error.status).toBe(401);
  });
});

describe('session expiry and re-login', () => {
  for (const mode of ['basic', 'cookie'] as const) {
    it(`${mode}: an expired session calls onUnauthorized once, then the request succeeds`, async () => {
      let relogins = 0;
      const credentials =
        mode === 'basic'
          ? ALICE_LOGIN
          : ({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' } as const);
      const client: AxigenClient = await loggedIn(server, credentials, {
        onUnauthorized: async () => {
          relogins++;
          await client.login(credentials);
        },
      });
      const before = client.sessionId;
      await advanceClock(server, 31 * 60 * 1000); // idle past the 30-minute TTL
      const [info, folders] = await Promise.all([client.getAccountInfo(), client.listFolders()]);
      expect(info.accountName).toBe('alice');
      expect(folders.items.length).toBeGreaterThan(0);
      expect(relogins).toBe(1); // two concurrent 401s share one re-login
      expect(client.sessionId).not.toBe(before);
    });
  }

  it('fails with the 401 when re-login does not help', async () => {
    let calls = 0;
    const client = await loggedIn(server, ALICE_LOGIN, {
      onUnauthorized: async () => {
        calls++;
      },
    });
    await advanceClock(server, 31 * 60 * 1000);
    const error = await rejection(client.getSettings());
    expect(isAxigenError(error) && { status: error.status, op: error.operation }).toEqual({
      status: 401,
      op: 'getSettings',
    });
    expect(calls).toBe(1);
  });

  it('keeps a session alive while it is used', async () => {
    const client = await loggedIn(server);
    await advanceClock(server, 20 * 60 * 1000);
    await client.getSettings();
    await advanceClock(server, 20 * 60 * 1000);
    expect(await client.getAccountInfo()).toMatchObject({ accountName: 'alice' });
  });
});

describe('logout', () => {
  it('ends the session on the server', async () => {
    const client = await loggedIn(server);
    const sessid = client.sessionId!;
    await client.logout();
    expect(client.sessionId).toBeUndefined();
    const response = await fetch(`${server.url}/api/v1/account/info`, {
      headers: {
        Authorization: `Basic ${btoa('alice@inkwell.test:wonderland')}`,
        'X-Axigen-Session': sessid,
      },
    });
    expect(response.status).toBe(401);
  });
});
