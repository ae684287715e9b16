// Test support: a client already logged in, in cookie or header (Basic) mode, over a fake fetch.
import { expect } from 'vitest';
import type { AxigenClient, AxigenClientOptions } from '../client-types';
import { createAxigenClient } from '../create-axigen-client';
import { fakeFetch, jsonResponse, type RecordedRequest, type Responder } from './fake-fetch';

export const BASE_URL = 'https://mail.example.com';
export const SESSION_ID = 'SESS-1';
export const SESSION_COOKIE = 'axigen_sid=c00k1e';
// base64("jane@example.com:pässword") — UTF-8 bytes, not Latin-1.
export const BASIC_AUTHORIZATION = 'Basic amFuZUBleGFtcGxlLmNvbTpww6Rzc3dvcmQ=';

export type AuthMode = 'cookie' | 'basic';

export async function loggedInClient(
  mode: AuthMode,
  responder: Responder,
  extra: Partial<AxigenClientOptions> = {},
): Promise<{ client: AxigenClient; requests: RecordedRequest[] }> {
  const { fetch, requests } = fakeFetch((request, index) => {
    if (request.url.pathname === '/api/v1/login/cookie') {
      return jsonResponse({ sessid: SESSION_ID }, 200, { 'Set-Cookie': `${SESSION_COOKIE}; Path=/; HttpOnly` });
    }
    if (request.url.pathname === '/api/v1/login') return jsonResponse({ sessid: SESSION_ID });
    return responder(request, index);
  });
  const client = createAxigenClient({ baseUrl: BASE_URL, fetch, ...extra });
  if (mode === 'cookie') await client.login({ kind: 'cookie', username: 'jane@example.com', password: 'pässword' });
  else await client.login({ kind: 'basic', username: 'jane@example.com', password: 'pässword' });
  requests.splice(0); // tests look at their own requests only
  return { client, requests };
}

/** The session part of a request: `_h` + cookie + credentials, or Authorization + X-Axigen-Session, and nothing else. */
export function expectSessionAuth(request: RecordedRequest | undefined, mode: AuthMode): void {
  const { accept: _accept, 'content-type': _contentType, ...authHeaders } = request?.headers ?? {};
  if (mode === 'cookie') {
    expect(request?.url.searchParams.get('_h')).toBe(SESSION_ID);
    expect(authHeaders).toStrictEqual({ cookie: SESSION_COOKIE });
    expect(request?.credentials).toBe('include');
  } else {
    expect(authHeaders).toStrictEqual({ authorization: BASIC_AUTHORIZATION, 'x-axigen-session': SESSION_ID });
    expect(request?.url.searchParams.has('_h')).toBe(false);
    expect(request?.credentials).toBeUndefined();
  }
}

/** Query parameters other than the session's `_h`. */
export function queryWithoutSession(request: RecordedRequest | undefined): Record<string, string> {
  const params = new URLSearchParams(request?.url.search);
  params.delete('_h');
  return Object.fromEntries(params.entries());
}
