// Wires store, routes, faults and controls into the `Emulator` interface.
import type { Emulator, EmulatorOptions, EmulatorState } from './types';
import { Store, type ResolvedOptions } from './store';
import { ApiError, errorResponse } from './errors';
import { matchRoute, type Route } from './router';
import { authenticate } from './auth';
import { applyFault, takeFault } from './faults';
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
  const store = new Store(resolveOptions(options), initialState(seed));
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

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    try {
      if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
        return await route(controlRoutes, request, url);
      }
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const fault = takeFault(store, request.method, url.pathname);
        const injected = fault && (await applyFault(store, fault));
        if (injected) return injected;
        return await route(apiRoutes, request, url);
      }
      return errorResponse(404, 'NOT_FOUND', `No endpoint ${request.method} ${url.pathname}`);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(500, 'INTERNAL_ERROR', `Internal error: ${message}`);
    }
  }

  return {
    handle: (request) => tracked(() => handle(request)),
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
      setAccountSettings: (user, settings) => {
        controls.setAccountSettings(user, settings);
        notify();
      },
    },
  };
}
