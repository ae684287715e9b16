// GET /api/, login (header and cookie), logout.
import type { AuthedContext, RequestContext } from '../router';
import { ApiError, badRequest } from '../errors';
import { emptyResponse, json, readJsonObject } from '../http';
import { rejectUnknownFields } from '../compose-payload';
import { accountFromAuthorization, checkPassword, openSession, SESSION_COOKIE } from '../auth';

export function version({ store }: RequestContext): Response {
  const serverVersion = store.options.serverVersion === 'X5' ? '10.5.28' : '10.4.44';
  return json({ apiVersion: '1.4.0', serverVersion });
}

export async function login({ store, request }: RequestContext): Promise<Response> {
  await readJsonObject(request, store.options.maxBodyBytes);
  const authorization = request.headers.get('authorization');
  const account = accountFromAuthorization(store, authorization);
  if (!account || !authorization) throw new ApiError(401, 'LOGIN_FAILED', 'Invalid credentials or token');
  const session = openSession(store, account, 'header', authorization);
  return json({ sessid: session.sessid });
}

export async function cookieLogin({ store, request, url }: RequestContext): Promise<Response> {
  const body = await readJsonObject(request, store.options.maxBodyBytes);
  rejectUnknownFields(body, ['username', 'password', 'captchaText', 'captchaId', 'rememberLogin']);
  if (typeof body.username !== 'string' || !body.username) throw badRequest('MISSING_FIELD', 'username is required');
  if (typeof body.password !== 'string') throw badRequest('MISSING_FIELD', 'password is required');
  for (const k of ['captchaText', 'captchaId'] as const) {
    if (body[k] !== undefined && typeof body[k] !== 'string')
      throw badRequest('INVALID_FIELD', `${k} must be a string`);
  }
  if (body.rememberLogin !== undefined && typeof body.rememberLogin !== 'boolean') {
    throw badRequest('INVALID_FIELD', 'rememberLogin must be a boolean');
  }
  const account = checkPassword(store, body.username, body.password);
  if (!account) throw new ApiError(401, 'LOGIN_FAILED', 'Invalid username or password');
  const session = openSession(store, account, 'cookie');
  const secure = url.protocol === 'https:' ? '; Secure' : '';
  const maxAge = body.rememberLogin ? `; Max-Age=${30 * 24 * 3600}` : '';
  return json(
    { sessid: session.sessid },
    {
      headers: {
        'Set-Cookie': `${SESSION_COOKIE}=${session.cookie}; Path=/; HttpOnly; SameSite=Lax${secure}${maxAge}`,
      },
    },
  );
}

export function logout({ store, session }: AuthedContext): Response {
  store.state.sessions = store.state.sessions.filter((s) => s !== session);
  store.touch();
  const headers: HeadersInit =
    session.mode === 'cookie' ? { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` } : {};
  return emptyResponse(headers);
}
