// Sessions: header mode (Authorization + X-Axigen-Session) and cookie mode (cookie + `_h`), idle expiry.
import type { AccountRecord, SessionRecord } from './types';
import type { Store } from './store';
import { ApiError } from './errors';
import { randomToken } from './ids';

export const SESSION_COOKIE = 'axigen_session';

export interface Authenticated {
  account: AccountRecord;
  session: SessionRecord;
}

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

const unauthorized = (message: string) => new ApiError(401, 'UNAUTHORIZED', message);

/** The caller's session, or a 401. Touches the session's idle timer. */
export function authenticate(store: Store, request: Request, url: URL): Authenticated {
  const headerSession = request.headers.get('x-axigen-session');
  const h = url.searchParams.get('_h');
  let session: SessionRecord | undefined;
  if (headerSession) {
    session = store.state.sessions.find((s) => s.sessid === headerSession && s.mode === 'header');
    if (!session) throw unauthorized('Unknown session');
    if (request.headers.get('authorization') !== session.authorization) {
      throw unauthorized('The Authorization header differs from the one used at login');
    }
  } else if (h) {
    session = store.state.sessions.find((s) => s.sessid === h && s.mode === 'cookie');
    if (!session) throw unauthorized('Unknown session');
    if (cookieValue(request, SESSION_COOKIE) !== session.cookie) {
      throw unauthorized('The session cookie is missing or does not match _h');
    }
  } else {
    throw unauthorized('Login required: send X-Axigen-Session with Authorization, or the session cookie with ?_h=');
  }
  const now = store.now();
  if (now - session.lastSeen > store.options.sessionTtlMs) {
    store.state.sessions = store.state.sessions.filter((s) => s !== session);
    store.touch();
    throw new ApiError(401, 'SESSION_EXPIRED', 'The session expired; log in again');
  }
  session.lastSeen = now;
  return { account: store.accountByName(session.account), session };
}

/** Checks `Authorization: Basic …` (base64, or the docs' literal `user:pass`) or `Bearer demo-token-<user>`. */
export function accountFromAuthorization(store: Store, authorization: string | null): AccountRecord | undefined {
  if (!authorization) return undefined;
  const [scheme, ...rest] = authorization.trim().split(/\s+/);
  const value = rest.join(' ');
  if (scheme?.toLowerCase() === 'bearer') {
    const m = /^demo-token-(.+)$/.exec(value);
    return m?.[1] ? store.accountByLogin(m[1]) : undefined;
  }
  if (scheme?.toLowerCase() !== 'basic') return undefined;
  let pair = value;
  if (!pair.includes(':')) {
    try {
      pair = new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));
    } catch {
      return undefined;
    }
  }
  const i = pair.indexOf(':');
  return i > 0 ? checkPassword(store, pair.slice(0, i), pair.slice(i + 1)) : undefined;
}

export function checkPassword(store: Store, username: string, password: string): AccountRecord | undefined {
  const account = store.accountByLogin(username);
  return account && account.password === password ? account : undefined;
}

export function openSession(
  store: Store,
  account: AccountRecord,
  mode: 'header' | 'cookie',
  authorization?: string,
): SessionRecord {
  const session: SessionRecord = {
    sessid: randomToken(),
    account: store.addressOf(account),
    mode,
    lastSeen: store.now(),
    ...(mode === 'header' ? { authorization } : { cookie: randomToken(24) }),
  };
  // Expired sessions are otherwise only noticed when used; drop them here so state does not grow forever.
  const now = store.now();
  store.state.sessions = store.state.sessions.filter((s) => now - s.lastSeen <= store.options.sessionTtlMs);
  store.state.sessions.push(session);
  store.touch();
  return session;
}
