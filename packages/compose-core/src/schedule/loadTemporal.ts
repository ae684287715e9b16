import type { Temporal } from 'temporal-polyfill';

/** The Temporal namespace: the browser's own, or the polyfill's (same API). */
export type TemporalApi = typeof Temporal;

let loading: Promise<TemporalApi> | undefined;

/**
 * Temporal, loaded only when something schedules: the engine's `globalThis.Temporal` where it has one, otherwise
 * `temporal-polyfill` fetched as its own chunk (about 54 KB minified), so it is in no initial bundle.
 * @example const Temporal = await loadTemporal(); resolveScheduledInstant(input, Temporal)
 */
export function loadTemporal(): Promise<TemporalApi> {
  const native = (globalThis as { Temporal?: TemporalApi }).Temporal;
  if (native) return Promise.resolve(native);
  loading ??= import('temporal-polyfill').then(
    (module) => module.Temporal,
    (error: unknown) => {
      // A failed chunk fetch (offline, deploy in between) may succeed later: do not cache the failure.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
