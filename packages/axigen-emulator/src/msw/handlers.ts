// MSW request handlers that route `/api/…` and `/__emulator/…` to an in-page emulator (Storybook, browser tests).
import { http, type RequestHandler } from 'msw';
import { createEmulator, type Emulator, type EmulatorOptions, type MimeComposer } from '../index';
import { composePortable } from '../mime/compose-portable';
import { startTicker } from '../node/ticker';
import { restoreSessionCookie } from './session-cookie';

export interface BrowserEmulatorOptions extends Omit<EmulatorOptions, 'composeMime'> {
  /** @default the dependency-free composer that runs in browsers */
  composeMime?: MimeComposer;
}

export interface EmulatorHandlersOptions {
  /**
   * Origin (and path prefix) the app calls, e.g. `'http://localhost:6006'`; requests elsewhere pass through.
   * @default '*' (any origin)
   */
  baseUrl?: string;
  /** Milliseconds between background delivery ticks; 0 turns the timer off. @default 250 */
  tickIntervalMs?: number;
  /** Aborting it stops the background timer (e.g. in a test's cleanup). */
  signal?: AbortSignal;
}

/** An emulator for the browser: the portable MIME composer instead of nodemailer. */
export function createBrowserEmulator(options: BrowserEmulatorOptions = {}): Emulator {
  return createEmulator({ ...options, composeMime: options.composeMime ?? composePortable });
}

/**
 * `http.all` handlers for the emulator's routes. Pass an emulator to share it with the test (to read its outbox or
 * move its clock), or options to create one. Due deliveries run before each request (so what a request observes
 * never depends on timer luck) and on a background timer that starts with the first request.
 */
export function createEmulatorHandlers(
  source: Emulator | BrowserEmulatorOptions = {},
  options: EmulatorHandlersOptions = {},
): RequestHandler[] {
  const emulator = isEmulator(source) ? source : createBrowserEmulator(source);
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  let stopTicker: (() => void) | undefined;

  function ensureTicker(): void {
    if (stopTicker || options.tickIntervalMs === 0) return;
    if (options.signal?.aborted) return;
    stopTicker = startTicker(emulator, { intervalMs: options.tickIntervalMs ?? 250 });
    options.signal?.addEventListener('abort', () => stopTicker?.(), { once: true });
  }

  const resolve = async ({
    request,
    cookies,
  }: {
    request: Request;
    cookies: Record<string, string>;
  }): Promise<Response> => {
    ensureTicker();
    await emulator.tick();
    const forEmulator = withCookies(request, cookies);
    return restoreSessionCookie(emulator, forEmulator, await emulator.handle(forEmulator));
  };
  return [http.all(`${base}/api/*`, resolve), http.all(`${base}/__emulator/*`, resolve)];
}

/**
 * A Service Worker never sees the Cookie header, and the browser does not store cookies from a mocked response;
 * MSW keeps those cookies itself and hands them to the resolver. They go back into the request's headers so the
 * emulator checks cookie sessions exactly as over HTTP. `Cookie` is a forbidden header on a browser Request (it
 * would be silently dropped), so the request gets an own `headers` property: a standalone Headers, which has no
 * such guard.
 */
function withCookies(request: Request, cookies: Record<string, string>): Request {
  const names = Object.keys(cookies);
  if (names.length === 0 || request.headers.has('cookie')) return request;
  const headers = new Headers(request.headers);
  headers.set('cookie', names.map((name) => `${name}=${cookies[name]}`).join('; '));
  Object.defineProperty(request, 'headers', { value: headers, configurable: true });
  return request;
}

function isEmulator(value: Emulator | BrowserEmulatorOptions): value is Emulator {
  return typeof (value as Emulator).handle === 'function' && typeof (value as Emulator).tick === 'function';
}
