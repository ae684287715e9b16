import { basic, login, req, testEmulator } from './test-kit';

describe('version and login', () => {
  it('answers GET /api/ with the API and server versions, X5 and X4', async () => {
    const x5 = await testEmulator().handle(req('GET', '/api/'));
    expect(await x5.json()).toEqual({ apiVersion: '1.4.0', serverVersion: '10.5.28' });
    const x4 = await testEmulator({ serverVersion: 'X4' }).handle(req('GET', '/api'));
    expect(await x4.json()).toEqual({ apiVersion: '1.4.0', serverVersion: '10.4.44' });
  });

  it('logs in with Basic (base64 or literal user:pass, with or without domain) and Bearer demo tokens', async () => {
    const emu = testEmulator();
    for (const authorization of [
      basic('alice@inkwell.test', 'wonderland'),
      basic('alice', 'wonderland'),
      'Basic alice@inkwell.test:wonderland',
      'Bearer demo-token-alice@inkwell.test',
      'Bearer demo-token-bob',
    ]) {
      const res = await emu.handle(req('POST', '/api/v1/login', { headers: { Authorization: authorization } }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { sessid: string };
      expect(body.sessid).toMatch(/^[\w-]{20,}$/);
    }
  });

  it('answers 401 LOGIN_FAILED for a wrong password, unknown user, bad token or no header', async () => {
    const emu = testEmulator();
    for (const headers of [
      { Authorization: basic('alice@inkwell.test', 'nope') },
      { Authorization: basic('carol@inkwell.test', 'wonderland') },
      { Authorization: 'Bearer real-token' },
      {} as Record<string, string>,
    ]) {
      const res = await emu.handle(req('POST', '/api/v1/login', { headers }));
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ code: 'LOGIN_FAILED', message: 'Invalid credentials or token' });
    }
  });
});

describe('header sessions', () => {
  it('requires X-Axigen-Session together with the same Authorization header', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(200);
    const noSession = await emu.handle(
      req('GET', '/api/v1/account/info', { headers: { Authorization: basic('alice', 'wonderland') } }),
    );
    expect(noSession.status).toBe(401);
    expect(((await noSession.json()) as { code: string }).code).toBe('UNAUTHORIZED');
    const otherAuth = await alice.request('GET', '/api/v1/account/info', undefined, {
      Authorization: basic('bob@inkwell.test', 'builder'),
    });
    expect(otherAuth.status).toBe(401);
    const unknown = await alice.request('GET', '/api/v1/account/info', undefined, { 'X-Axigen-Session': 'made-up' });
    expect(unknown.status).toBe(401);
  });

  it('expires a session after the idle TTL on the emulator clock, and keeps it alive while used', async () => {
    const emu = testEmulator({ sessionTtlMs: 60_000 });
    const alice = await login(emu);
    await emu.controls.advanceClock(59_000);
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(200);
    await emu.controls.advanceClock(59_000);
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(200);
    await emu.controls.advanceClock(60_001);
    const expired = await alice.request('GET', '/api/v1/account/info');
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ code: 'SESSION_EXPIRED', message: 'The session expired; log in again' });
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(401);
  });

  it('drops expired sessions from the state at the next login', async () => {
    const emu = testEmulator({ sessionTtlMs: 1000 });
    await login(emu);
    await emu.controls.advanceClock(1001);
    const bob = await login(emu, 'bob', 'builder');
    expect(emu.snapshot().sessions.map((s) => s.sessid)).toEqual([bob.sessid]);
  });

  it('defaults the idle TTL to 30 minutes', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    await emu.controls.advanceClock(30 * 60_000);
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(200);
    await emu.controls.advanceClock(30 * 60_000 + 1);
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(401);
  });

  it('logs out: the session stops working', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const res = await alice.request('POST', '/api/v1/logout');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect((await alice.request('GET', '/api/v1/account/info')).status).toBe(401);
  });
});

describe('cookie sessions', () => {
  async function cookieLogin(body: unknown) {
    const emu = testEmulator();
    const res = await emu.handle(
      req('POST', '/api/v1/login/cookie', {
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    return { emu, res };
  }

  it('sets a session cookie and needs both the cookie and a matching _h', async () => {
    const { emu, res } = await cookieLogin({
      username: 'alice@inkwell.test',
      password: 'wonderland',
      rememberLogin: false,
    });
    expect(res.status).toBe(200);
    const { sessid } = (await res.json()) as { sessid: string };
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^axigen_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/);
    const cookie = setCookie.split(';')[0] ?? '';
    const ok = await emu.handle(req('GET', `/api/v1/account/info?_h=${sessid}`, { headers: { Cookie: cookie } }));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { accountName: string }).accountName).toBe('alice');
    expect((await emu.handle(req('GET', `/api/v1/account/info?_h=${sessid}`))).status).toBe(401);
    expect((await emu.handle(req('GET', '/api/v1/account/info', { headers: { Cookie: cookie } }))).status).toBe(401);
    expect(
      (await emu.handle(req('GET', `/api/v1/account/info?_h=${sessid}x`, { headers: { Cookie: cookie } }))).status,
    ).toBe(401);
    expect(
      (
        await emu.handle(
          req('GET', `/api/v1/account/info?_h=${sessid}`, { headers: { Cookie: 'axigen_session=forged' } }),
        )
      ).status,
    ).toBe(401);
    const out = await emu.handle(req('POST', `/api/v1/logout?_h=${sessid}`, { headers: { Cookie: cookie } }));
    expect(out.headers.get('set-cookie')).toBe('axigen_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
    expect(
      (await emu.handle(req('GET', `/api/v1/account/info?_h=${sessid}`, { headers: { Cookie: cookie } }))).status,
    ).toBe(401);
  });

  it('keeps the cookie for 30 days with rememberLogin', async () => {
    const { res } = await cookieLogin({ username: 'bob', password: 'builder', rememberLogin: true });
    expect(res.headers.get('set-cookie')).toMatch(/; Max-Age=2592000$/);
  });

  it('rejects wrong passwords (401) and malformed bodies (400)', async () => {
    const wrong = await cookieLogin({ username: 'alice', password: 'x' });
    expect(wrong.res.status).toBe(401);
    const missing = await cookieLogin({ username: 'alice' });
    expect(missing.res.status).toBe(400);
    expect(await missing.res.json()).toEqual({ code: 'MISSING_FIELD', message: 'password is required' });
    const extra = await cookieLogin({ username: 'alice', password: 'wonderland', remember: true });
    expect(await extra.res.json()).toEqual({ code: 'UNKNOWN_FIELD', message: 'Unexpected field(s): remember' });
    const typed = await cookieLogin({ username: 'alice', password: 'wonderland', rememberLogin: 'yes' });
    expect(await typed.res.json()).toEqual({ code: 'INVALID_FIELD', message: 'rememberLogin must be a boolean' });
  });
});

describe('routing', () => {
  it('answers 404 for unknown paths and 405 for a known path with another method', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const missing = await alice.request('GET', '/api/v1/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 'NOT_FOUND', message: 'No endpoint GET /api/v1/nope' });
    // PATCH /mails/{id} is Update now ("send" reads as a mail id there); PUT is routed for /drafts/{id} only.
    const wrongMethod = await alice.request('PUT', '/api/v1/mails/send');
    expect(wrongMethod.status).toBe(405);
    expect(((await wrongMethod.json()) as { code: string }).code).toBe('METHOD_NOT_ALLOWED');
  });
});
