// One way to load a chunk on demand (the plain-text converter, the editor's sanitizer, the recipient parser): loaded
// once, usable synchronously after, and a failed load (offline since the page loaded) is tried again by the next call.

export interface LazyModule<T> {
  /** Loads it (once), resolving to its value. */
  load(): Promise<T>;
  /** Its value when loaded, for code that must run synchronously. */
  loaded(): T | undefined;
}

export function createLazyModule<T>(
  importModule: () => Promise<T>,
  failure: (cause: unknown) => Error = (cause) => new Error('A part of the page could not be loaded.', { cause }),
): LazyModule<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      if (value !== undefined) return Promise.resolve(value);
      loading ??= importModule().then(
        (module) => (value = module),
        (error: unknown) => {
          loading = undefined;
          throw failure(error);
        },
      );
      return loading;
    },
    loaded: () => value,
  };
}
