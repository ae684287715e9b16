// Reads the client has no method for (the mail list, attachment bytes), sent with the client's session: `_h` in
// cookie mode, Authorization + X-Axigen-Session in header mode (reference §2). A 401 waits for the user to sign in
// again, then repeats the call once.
import type { AxigenClient } from '@inkwell/axigen-client';
import type { AccountSession } from './accountSession';

export type SessionFetch = (
  path: string,
  query?: Record<string, string>,
  init?: { signal?: AbortSignal | undefined },
) => Promise<Response>;

export class MailServerError extends Error {
  constructor(readonly status: number) {
    super(`The mail server answered ${status}`);
  }
}

export function createSessionFetch(client: AxigenClient, session: AccountSession): SessionFetch {
  const once = (path: string, query: Record<string, string>, signal: AbortSignal | undefined) => {
    const sessid = client.sessionId ?? '';
    const authorization = session.authorization;
    const params = new URLSearchParams(query);
    const headers: Record<string, string> = {};
    if (authorization) {
      headers.Authorization = authorization;
      headers['X-Axigen-Session'] = sessid;
    } else params.set('_h', sessid);
    const search = params.toString();
    return fetch(`${path}${search ? `?${search}` : ''}`, {
      headers,
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  };
  return async (path, query = {}, init = {}) => {
    let response = await once(path, query, init.signal);
    if (response.status === 401) {
      await session.reauthenticate();
      response = await once(path, query, init.signal);
    }
    if (!response.ok) throw new MailServerError(response.status);
    return response;
  };
}
