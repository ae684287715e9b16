// Wires store, routes, faults and controls into the `Emulator` interface.
import type { Emulator, EmulatorOptions, EmulatorState, Fault } from './types';
import { Store, type ResolvedOptions } from './store';
import { ApiError, errorResponse } from './errors';
import { matchRoute, type Route } from './router';
import { authenticate } from './auth';
import { applyFault, releaseHung, takeFault } from './faults';
import { deliverDue } from './delivery';
import { initialState } from './state';
import { createControls } from './controls';
import { apiRoutes } from './api-routes';
import { emulatorRoutes } from './handlers/emulator-routes';
import { composePortable } from '../mime/compose-portable';

function resolveOptions(options: EmulatorOptions | undefined): ResolvedOptions {
  return {
    serverVersion: options?.serverVersion ?? 'X5',
    now: options?.now ?? Date.now,
    composeMime: options?.composeMime ?? composePortable,
    maxUploadBytes: options?.limits?.maxUploadBytes ?? 25 * 1024 * 1024,
    maxBodyBytes: options?.limits?.maxBodyBytes ?? 30 * 1024 * 1024,
    maxAttachmentsPerMail: options?.limits?.maxAttachmentsPerMail ?? 100,
    sessionTtlMs: options?.sessionTtlMs ?? 30 * 60 * 1000,
    onDelivered: options?.onDelivered,
    sleep: options?.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options?.random ?? Math.random,
  };
}

/**
 * Creates an in-memory Axigen Mailbox API emulator.
 *
 * @example
 * const emulator = createEmulator({ composeMime: composeWithNodemailer });
 * const res = await emulator.handle(new Request('http://x/api/v1/login', { method: 'POST', headers: { Authorization: 'Basic ' + btoa('alice@inkwell.test:wonderland') } }));
 */
export function createEmulator(options?: EmulatorOptions): Emulator {
  const seed = options?.seed ?? true;
  const resolved = resolveOptions(options);
  const store = new Store(resolved, initialState(seed, resolved.now()));
  const listeners = new Set<() => void>();
  const controls = createControls(store, seed);
  const controlRoutes = emulatorRoutes(controls);

  /** Runs `fn` and tells subscribers when it changed the state. */
  async function tracked<T>(fn: () => Promise<T>): Promise<T> {
    const before = store.state.serial;
    try {
      return await fn();
    } finally {
      if (store.state.serial !== before) notify();
    }
  }
  function notify() {
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // A failing subscriber must not break request handling.
      }
    }
  }

  async function route(routes: readonly Route[], request: Request, url: URL): Promise<Response> {
    const match = matchRoute(routes, request.method, url.pathname);
    if (match === 'method')
      return errorResponse(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${url.pathname}`);
    if (!match) return errorResponse(404, 'NOT_FOUND', `No endpoint ${request.method} ${url.pathname}`);
    const base = { store, request, url, params: match.params };
    return match.route.auth
      ? match.route.resolve({ ...base, ...authenticate(store, request, url) })
      : match.route.resolve(base);
  }

  /** The answer, plus an `after` fault still to apply to it (outside `tracked`, so the change is announced first). */
  async function handle(request: Request): Promise<{ response: Response; after?: Fault }> {
    const url = new URL(request.url);
    try {
      if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
        return { response: await route(controlRoutes, request, url) };
      }
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const fault = takeFault(store, request.method, url.pathname);
        if (fault?.phase === 'after') return { response: await routeOrError(request, url), after: fault };
        const injected = fault && (await applyFault(store, fault, request));
        if (injected) return { response: injected };
        return { response: await route(apiRoutes, request, url) };
      }
      return { response: errorResponse(404, 'NOT_FOUND', `No endpoint ${request.method} ${url.pathname}`) };
    } catch (error) {
      return { response: toErrorResponse(error) };
    }
  }

  async function routeOrError(request: Request, url: URL): Promise<Response> {
    try {
      return await route(apiRoutes, request, url);
    } catch (error) {
      return toErrorResponse(error);
    }
  }

  function toErrorResponse(error: unknown): Response {
    if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(500, 'INTERNAL_ERROR', `Internal error: ${message}`);
  }

  /** Every HTTP answer carries the emulator's clock in `Date`, as a server's does (RFC 9110 §6.6.1), so a client that
   * reads the server's time from it sees a clock moved by the controls. A network error has no headers. */
  function dated(response: Response): Response {
    if (response.type !== 'error' && !response.headers.has('date')) {
      response.headers.set('date', new Date(store.now()).toUTCString());
    }
    return response;
  }

  /** The handler's answer is lost: replaced by the fault's status, dropped, or never sent. */
  async function loseAnswer(response: Response, fault: Fault, request: Request): Promise<Response> {
    const replaced = await applyFault(store, fault, request);
    if (!replaced) return response;
    await response.body?.cancel();
    return replaced;
  }

  return {
    async handle(request) {
      const { response, after } = await tracked(() => handle(request));
      return dated(after ? await loseAnswer(response, after, request) : response);
    },
    tick: () => tracked(async () => void (await deliverDue(store))),
    snapshot: () => structuredClone(store.state),
    restore(state: EmulatorState) {
      if (state?.version !== 1) throw new Error('Unsupported emulator state (expected version 1)');
      store.state = structuredClone(state);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    controls: {
      ...controls,
      reset: () => {
        controls.reset();
        notify();
      },
      seed: (input) => tracked(() => controls.seed(input)),
      clearOutbox: () => {
        controls.clearOutbox();
        notify();
      },
      advanceClock: (ms) => tracked(() => controls.advanceClock(ms)),
      setClock: (ms) => tracked(() => controls.setClock(ms)),
      addFault: (rule) => {
        const fault = controls.addFault(rule);
        notify();
        return fault;
      },
      clearFaults: () => {
        controls.clearFaults();
        notify();
      },
      releaseHung: () => releaseHung(store),
      setAccountSettings: (user, settings) => {
        controls.setAccountSettings(user, settings);
        notify();
      },
    },
  };
}
