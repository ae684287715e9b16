// MSW request handlers that route `/api/…` and `/__emulator/…` to an in-page emulator (Storybook, browser tests).
import { http, type RequestHandler } from 'msw';
import { createEmulator, type Emulator, type EmulatorOptions, type MimeComposer } from '../index';
import { composePortable } from '../mime/compose-portable';
import { startTicker } from '../node/ticker';

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

  const resolve = async ({ request }: { request: Request }): Promise<Response> => {
    ensureTicker();
    await emulator.tick();
    return emulator.handle(request);
  };
  return [http.all(`${base}/api/*`, resolve), http.all(`${base}/__emulator/*`, resolve)];
}

function isEmulator(value: Emulator | BrowserEmulatorOptions): value is Emulator {
  return typeof (value as Emulator).handle === 'function' && typeof (value as Emulator).tick === 'function';
}
