// The sanitizer (DOMPurify and our rules, about 14 KB gzip) is a chunk of its own: a new message without a signature
// never needs it. HTML that enters the composer waits for it: the Composer mounts once it is loaded when it starts
// from HTML (a reopened draft, a signature, a quote), a signature set later is applied once it is loaded, and a paste
// or drop that comes first is held until it is (SafeContent). A reply's window loads it beside its reads.
import { createLazyModule } from '@inkwell/compose-core';
import type * as sanitizeEntry from '@inkwell/compose-core/sanitize';

const sanitizer = createLazyModule<typeof sanitizeEntry>(
  () => import('@inkwell/compose-core/sanitize'),
  (cause) => new Error('The composer could not load its HTML sanitizer.', { cause }),
);

/** Loads the composer's sanitizer (once; a failed load is tried again by the next call). */
export function loadComposerSanitizer(): Promise<typeof sanitizeEntry> {
  return sanitizer.load();
}

/** Whether HTML can be sanitized right now, without waiting for `loadComposerSanitizer()`. */
export function composerSanitizerLoaded(): boolean {
  return sanitizer.loaded() !== undefined;
}

/** The loaded sanitizer; code that runs before it is loaded awaits `loadComposerSanitizer()` first. */
export function composerSanitizer(): typeof sanitizeEntry {
  const loaded = sanitizer.loaded();
  if (!loaded) throw new Error('The composer’s HTML sanitizer is not loaded: await loadComposerSanitizer() first.');
  return loaded;
}
