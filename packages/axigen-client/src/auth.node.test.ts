import { describe, expect, it, vi } from 'vitest';
import { AxigenError } from './axigen-error';
import { createAxigenClient } from './create-axigen-client';
import { deferred } from './testing/deferred';
import { fakeFetch, jsonResponse } from './testing/fake-fetch';
import { BASE_URL } from './testing/logged-in-client';
import { sampleMail } from './testing/sample-mail';

const unauthorized = () => jsonResponse({ code: 'UNAUTHORIZED', message: 'Session expired' }, 401);

describe('cookie login', () => {
  it('POSTs JSON credentials to /api/v1/login/cookie with credentials: include', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse({ sessid: 'S-1' }));
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    expect(
      await client.login({ kind: 'cookie', username: 'jane@example.com', password: 'pw', rememberLogin: true }),
    ).toStrictEqual({
      sessid: 'S-1',
    });
    expect(client.sessionId).toBe('S-1');
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe('https://mail.example.com/api/v1/login/cookie');
    expect(request?.credentials).toBe('include');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.json).toStrictEqual({ username: 'jane@example.com', password: 'pw', rememberLogin: true });
  });

  it('omits rememberLogin when not given', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse({ sessid: 'S-1' }));
    await createAxigenClient({ baseUrl: BASE_URL, fetch }).login({ kind: 'cookie', username: 'u', password: 'p' });
    expect(requests[0]?.body).toBe('{"username":"u","password":"p"}');
  });

  it('remembers Set-Cookie where fetch exposes it, refreshes it, and forgets expired cookies', async () => {
    const { fetch, requests } = fakeFetch((request, index) => {
      if (index === 0) {
        const headers = new Headers();
        headers.append('Set-Cookie', 'axigen_sid=one; Path=/; HttpOnly');
        headers.append('Set-Cookie', 'lang=de; Path=/');
        return new Response(JSON.stringify({ sessid: 'S-1' }), { headers });
      }
      if (index === 1) return jsonResponse(sampleMail(), 200, { 'Set-Cookie': 'axigen_sid=two; Path=/' });
      if (index === 2) return jsonResponse(sampleMail(), 200, { 'Set-Cookie': 'lang=; Max-Age=0' });
      return jsonResponse(sampleMail());
    });
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    await client.getMail('M');
    await client.getMail('M');
    await client.getMail('M');
    expect(requests.map((request) => request.headers.cookie)).toEqual([
      undefined,
      'axigen_sid=one; lang=de',
      'axigen_sid=two; lang=de',
      'axigen_sid=two',
    ]);
    expect(requests.slice(1).map((request) => request.url.searchParams.get('_h'))).toEqual(['S-1', 'S-1', 'S-1']);
  });

  it('a failed login is a 401 AxigenError, does not call onUnauthorized and leaves no session', async () => {
    const onUnauthorized = vi.fn(async () => {});
    const { fetch } = fakeFetch(() => jsonResponse({ code: 'AUTH_FAILED', message: 'Bad credentials' }, 401));
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    const error = await client.login({ kind: 'cookie', username: 'u', password: 'bad' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AxigenError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 401,
      code: 'AUTH_FAILED',
      serverMessage: 'Bad credentials',
      operation: 'login',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(client.sessionId).toBeUndefined();
  });

  it('rejects a login answer without sessid as invalid-response', async () => {
    const { fetch } = fakeFetch(() => jsonResponse({ ok: true }));
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await expect(client.login({ kind: 'cookie', username: 'u', password: 'p' })).rejects.toMatchObject({
      kind: 'invalid-response',
      operation: 'login',
    });
    expect(client.sessionId).toBeUndefined();
  });
});

describe('resume', () => {
  it('takes up the cookie session of the page before a reload without a request, and sends its _h', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse(sampleMail()));
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await client.auth.resume({ username: 'Jane@example.com', sessid: 'S-7' });
    expect(requests).toHaveLength(0);
    expect(client.sessionId).toBe('S-7');
    expect(client.auth.state).toBe('signed-in');
    await client.getMail('M');
    expect(requests[0]?.url.searchParams.get('_h')).toBe('S-7');
    expect(requests[0]?.credentials).toBe('include');
  });

  it('an ended session answers 401: the re-login hook runs, as after any expiry', async () => {
    const onUnauthorized = vi.fn(async () => {
      await client.login({ kind: 'cookie', username: 'jane@example.com', password: 'pw' });
    });
    const { fetch, requests } = fakeFetch((request) => {
      if (request.url.pathname.endsWith('/login/cookie')) return jsonResponse({ sessid: 'S-8' });
      return request.url.searchParams.get('_h') === 'S-7' ? unauthorized() : jsonResponse(sampleMail());
    });
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    await client.auth.resume({ username: 'jane@example.com', sessid: 'S-7' });
    await client.getMail('M');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.url.searchParams.get('_h'))).toEqual(['S-7', null, 'S-8']);
  });

  it('says in words what is wrong with what it was given', async () => {
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch: fakeFetch(() => jsonResponse({})).fetch });
    await expect(client.auth.resume({ username: 'jane@example.com', sessid: '' })).rejects.toThrow(
      /sessid must be a non-empty string/,
    );
    await expect(client.auth.resume({ username: '', sessid: 'S-1' })).rejects.toThrow(/username/);
    expect(client.sessionId).toBeUndefined();
  });
});

describe('header login', () => {
  it('Basic: POST /api/v1/login with UTF-8 base64 credentials; later calls resend it plus X-Axigen-Session', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      request.url.pathname === '/api/v1/login' ? jsonResponse({ sessid: 'H-1' }) : jsonResponse(sampleMail()),
    );
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await client.login({ kind: 'basic', username: 'jürgen@bücher.de', password: 'pa:ss 😀' });
    await client.getMail('M');
    const expected = `Basic ${Buffer.from('jürgen@bücher.de:pa:ss 😀', 'utf8').toString('base64')}`;
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url.href).toBe('https://mail.example.com/api/v1/login');
    expect(requests[0]?.headers.authorization).toBe(expected);
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[1]?.headers.authorization).toBe(expected);
    expect(requests[1]?.headers['x-axigen-session']).toBe('H-1');
    expect(requests[1]?.url.search).toBe('');
    expect(requests[1]?.credentials).toBeUndefined();
  });

  it('Bearer: Authorization: Bearer <token> on login and on every call', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      request.url.pathname === '/api/v1/login' ? jsonResponse({ sessid: 'B-1' }) : jsonResponse({ items: [] }),
    );
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await client.login({ kind: 'bearer', token: 'eyJ.abc.def' });
    await client.listAliases();
    expect(requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer eyJ.abc.def',
      'Bearer eyJ.abc.def',
    ]);
    expect(requests[1]?.headers['x-axigen-session']).toBe('B-1');
  });

  it.each([
    [{ kind: 'basic', username: 'a:b', password: 'p' }, 'username'],
    [{ kind: 'basic', username: '', password: 'p' }, 'username'],
    [{ kind: 'basic', username: 'u', password: '\uD800' }, 'password'],
    [{ kind: 'bearer', token: 'two words' }, 'token'],
    [{ kind: 'bearer', token: 'x\r\nX-Evil: 1' }, 'token'],
    [{ kind: 'cookie', username: 'u', password: '' }, 'password'],
    [{ kind: 'magic' }, 'credentials.kind'],
  ])('rejects bad credentials %j naming %s, sending nothing', async (credentials, field) => {
    const { fetch, requests } = fakeFetch(() => jsonResponse({ sessid: 'X' }));
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await expect(client.login(credentials as never)).rejects.toMatchObject({
      kind: 'invalid-input',
      field,
      operation: 'login',
    });
    expect(requests).toHaveLength(0);
  });
});

describe('401 and re-login', () => {
  it('calls onUnauthorized once, then repeats the request with the new session', async () => {
    let logins = 0;
    let mailCalls = 0;
    const { fetch, requests } = fakeFetch((request) => {
      if (request.url.pathname === '/api/v1/login/cookie') return jsonResponse({ sessid: `S-${++logins}` });
      return ++mailCalls === 1 ? unauthorized() : jsonResponse(sampleMail({ id: 'OK' }));
    });
    const onUnauthorized = vi.fn(async () => {
      await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    });
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    expect((await client.getMail('M')).id).toBe('OK');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.map((request) => `${request.url.pathname} ${request.url.searchParams.get('_h')}`)).toEqual([
      '/api/v1/login/cookie null',
      '/api/v1/mails/M S-1',
      '/api/v1/login/cookie null',
      '/api/v1/mails/M S-2',
    ]);
  });

  it('fails with the 401 when the repeated request is refused again', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      request.url.pathname === '/api/v1/login/cookie' ? jsonResponse({ sessid: 'S' }) : unauthorized(),
    );
    const onUnauthorized = vi.fn(async () => {});
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    const error = await client.send({ to: [{ address: 'a@b.c' }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'http',
      status: 401,
      code: 'UNAUTHORIZED',
      serverMessage: 'Session expired',
      operation: 'send',
      retryable: false,
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.filter((request) => request.url.pathname === '/api/v1/mails/send')).toHaveLength(2);
  });

  it('without onUnauthorized a 401 fails at once', async () => {
    const { fetch, requests } = fakeFetch(() => unauthorized());
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await expect(client.getMail('M')).rejects.toMatchObject({ kind: 'http', status: 401, operation: 'getMail' });
    expect(requests).toHaveLength(1);
  });

  it('concurrent 401s share one onUnauthorized call', async () => {
    let session = 'OLD';
    const { fetch, requests } = fakeFetch((request) => {
      if (request.url.pathname === '/api/v1/login/cookie') return jsonResponse({ sessid: session });
      return request.url.searchParams.get('_h') === 'NEW' ? jsonResponse({ items: [] }) : unauthorized();
    });
    const relogin = deferred<void>();
    const onUnauthorized = vi.fn(async () => {
      await relogin.promise;
      session = 'NEW';
      await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    });
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    const calls = [client.listAliases(), client.listSignatures(), client.listAttachments('M')];
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    relogin.resolve();
    await expect(Promise.all(calls)).resolves.toEqual([{ items: [] }, { items: [] }, { items: [] }]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.filter((request) => request.url.pathname === '/api/v1/login/cookie')).toHaveLength(2);
  });

  it('a 401 for a request sent before a newer login just repeats it, without another onUnauthorized', async () => {
    const slow = deferred<Response>();
    let mailCalls = 0;
    const { fetch, requests } = fakeFetch((request) => {
      if (request.url.pathname === '/api/v1/login') return jsonResponse({ sessid: `H-${requests.length}` });
      if (request.url.pathname === '/api/v1/account/aliases') return unauthorized();
      if (++mailCalls === 1) return slow.promise;
      return jsonResponse(sampleMail({ id: 'FRESH' }));
    });
    const onUnauthorized = vi.fn(async () => {
      await client.login({ kind: 'bearer', token: 't' });
    });
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    await client.login({ kind: 'bearer', token: 't' });
    const mail = client.getMail('M'); // in flight with the first session
    await expect(client.listAliases()).rejects.toMatchObject({ status: 401 }); // triggers the one re-login
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    slow.resolve(unauthorized()); // the old request now comes back 401
    expect((await mail).id).toBe('FRESH');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('when onUnauthorized fails, the call fails with the 401, the login failure as cause', async () => {
    const loginFailure = new Error('captcha required');
    const { fetch } = fakeFetch(() => unauthorized());
    const client = createAxigenClient({
      baseUrl: BASE_URL,
      fetch,
      onUnauthorized: () => Promise.reject(loginFailure),
    });
    const error = await client.getSettings().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 401, operation: 'getSettings' });
    expect((error as Error).cause).toBe(loginFailure);
  });

  it('an abort while waiting for the re-login rejects as aborted without repeating', async () => {
    const relogin = deferred<void>();
    const { fetch, requests } = fakeFetch(() => unauthorized());
    const onUnauthorized = vi.fn(() => relogin.promise);
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    const controller = new AbortController();
    const call = client.getMail('M', { signal: controller.signal });
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    controller.abort();
    await expect(call).rejects.toMatchObject({ kind: 'aborted', operation: 'getMail', outcomeUnknown: false });
    relogin.resolve();
    expect(requests).toHaveLength(1);
  });
});

describe('logout', () => {
  it('POSTs /api/v1/logout with the session, then forgets it', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      request.url.pathname === '/api/v1/login/cookie'
        ? jsonResponse({ sessid: 'S-1' })
        : new Response(null, { status: 204 }),
    );
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    await client.logout();
    expect(client.sessionId).toBeUndefined();
    expect(requests[1]?.method).toBe('POST');
    expect(requests[1]?.url.pathname).toBe('/api/v1/logout');
    expect(requests[1]?.url.searchParams.get('_h')).toBe('S-1');
    expect(client.attachmentUrl('M', 1)).toBe('https://mail.example.com/api/v1/mails/M/attachments/1');
  });

  it.each([401, 404, 405])('treats %s as done (unsupported or already gone), without re-login', async (status) => {
    const onUnauthorized = vi.fn(async () => {});
    const { fetch, requests } = fakeFetch((request) =>
      request.url.pathname === '/api/v1/login'
        ? jsonResponse({ sessid: 'H' })
        : jsonResponse({ message: 'nope' }, status),
    );
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch, onUnauthorized });
    await client.login({ kind: 'bearer', token: 't' });
    await expect(client.logout()).resolves.toBeUndefined();
    expect(client.sessionId).toBeUndefined();
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(requests).toHaveLength(2);
  });

  it('reports a server failure but still forgets the session locally', async () => {
    const { fetch } = fakeFetch((request) =>
      request.url.pathname === '/api/v1/login' ? jsonResponse({ sessid: 'H' }) : jsonResponse({ message: 'boom' }, 500),
    );
    const client = createAxigenClient({ baseUrl: BASE_URL, fetch });
    await client.login({ kind: 'bearer', token: 't' });
    await expect(client.logout()).rejects.toMatchObject({ kind: 'http', status: 500, operation: 'logout' });
    expect(client.sessionId).toBeUndefined();
  });

  it('does nothing without a session', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse({}));
    await createAxigenClient({ baseUrl: BASE_URL, fetch }).logout();
    expect(requests).toHaveLength(0);
  });
});
