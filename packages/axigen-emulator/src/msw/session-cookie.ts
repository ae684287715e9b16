// Cookie login behind MSW. Browsers drop `Set-Cookie` from any Response a script builds (a forbidden response
// header), so the cookie the core sets at `POST /api/v1/login/cookie` never reaches MSW's cookie store. MSW only
// records cookies given to HttpResponse through its init headers; this rebuilds the answer that way.
import { HttpResponse } from 'msw';
import { SESSION_COOKIE } from '../core/auth';
import type { Emulator } from '../index';

const COOKIE_LOGIN = '/api/v1/login/cookie';
const LOGOUT = '/api/v1/logout';

export async function restoreSessionCookie(
  emulator: Pick<Emulator, 'snapshot'>,
  request: Request,
  response: Response,
): Promise<Response> {
  if (request.method !== 'POST' || !response.ok || response.headers.getSetCookie().length > 0) return response;
  const { pathname } = new URL(request.url);
  if (pathname === COOKIE_LOGIN) {
    const text = await response.text();
    const { sessid } = JSON.parse(text) as { sessid: string };
    const session = emulator.snapshot().sessions.find((s) => s.sessid === sessid);
    return rebuild(
      response,
      text,
      session?.cookie ? `${SESSION_COOKIE}=${session.cookie}; Path=/; SameSite=Lax` : undefined,
    );
  }
  if (pathname === LOGOUT) {
    return rebuild(response, await response.text(), `${SESSION_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0`);
  }
  return response;
}

function rebuild(response: Response, body: string, setCookie: string | undefined): Response {
  const headers = new Headers(response.headers); // a standalone Headers keeps Set-Cookie
  if (setCookie) headers.append('Set-Cookie', setCookie);
  return new HttpResponse(body === '' ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
