// A route table from method + path pattern to a resolver; no server framework.
import type { Store } from './store';
import type { Authenticated } from './auth';

export interface RequestContext {
  store: Store;
  request: Request;
  url: URL;
  params: Record<string, string>;
}
export type AuthedContext = RequestContext & Authenticated;

export type Resolver<C> = (ctx: C) => Promise<Response> | Response;

export type Route =
  | { method: string; segments: string[]; auth: true; resolve: Resolver<AuthedContext> }
  | { method: string; segments: string[]; auth: false; resolve: Resolver<RequestContext> };

function split(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** A route that needs a session. `:name` segments become params. */
export function authed(method: string, path: string, resolve: Resolver<AuthedContext>): Route {
  return { method, segments: split(path), auth: true, resolve };
}
/** A route without a session (login, version, emulator controls). */
export function open(method: string, path: string, resolve: Resolver<RequestContext>): Route {
  return { method, segments: split(path), auth: false, resolve };
}

export type Match = { route: Route; params: Record<string, string> };

/** The matching route, `'method'` when only the method differs, else undefined. Trailing slashes are ignored. */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): Match | 'method' | undefined {
  const parts = split(pathname);
  let methodMismatch = false;
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = route.segments.every((seg, i) => {
      const part = parts[i] ?? '';
      if (seg.startsWith(':')) {
        params[seg.slice(1)] = decodeURIComponent(part);
        return true;
      }
      return seg === part;
    });
    if (!ok) continue;
    if (route.method !== method) {
      methodMismatch = true;
      continue;
    }
    return { route, params };
  }
  return methodMismatch ? 'method' : undefined;
}
