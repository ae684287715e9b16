// One way to load a chunk on demand (the plain-text converter, the editor's sanitizer, the recipient parser): loaded
// once, usable synchronously after, and a failed load (offline since the page loaded) is tried again by the next call.

export interface LazyModule<T> {
  /** Loads it (once), resolving to its value. */
  load(): Promise<T>;
  /** Its value when loaded, for code that must run synchronously. */
  loaded(): T | undefined;
  /** Its value; throws, naming the loader to await, when it is not loaded yet. */
  now(): T;
}

export interface LazyModuleNames {
  /** What it is, as a sentence starts: "The recipient parser". */
  what: string;
  /** The function a caller awaits before `now()`: "loadRecipientParser". */
  loader: string;
}

/** A failed load: whatever the runtime throws (Chromium a TypeError, others their own), a chunk that does not arrive
 * is a network failure, so a session keeps the draft and tries again as for a request. */
export type LazyModuleLoadError = Error & { kind: 'network' };

export function createLazyModule<T>(importModule: () => Promise<T>, { what, loader }: LazyModuleNames): LazyModule<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      if (value !== undefined) return Promise.resolve(value);
      loading ??= importModule().then(
        (module) => (value = module),
        (cause: unknown) => {
          loading = undefined;
          const error: LazyModuleLoadError = Object.assign(new Error(`${what} could not be loaded.`, { cause }), {
            kind: 'network' as const,
          });
          throw error;
        },
      );
      return loading;
    },
    loaded: () => value,
    now() {
      if (value === undefined) throw new Error(`${what} is not loaded: await ${loader}() first.`);
      return value;
    },
  };
}
