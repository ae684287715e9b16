// The sanitizer (DOMPurify and our rules, about 14 KB gzip) and the views that show mail HTML are a chunk of their own
// (htmlKit): a new message without a signature never needs them. HTML that enters the composer waits for it: the
// Composer mounts once it is loaded when it starts from HTML (a reopened draft, a signature, a quote), a signature set
// later is applied once it is loaded, and a paste or drop that comes first is held until it is (SafeContent). A
// reply's window loads it beside its reads.
import { createLazyModule } from '@inkwell/compose-core';
import type * as htmlKit from './htmlKit';

const kit = createLazyModule<typeof htmlKit>(() => import('./htmlKit'), {
  what: 'The composer’s HTML sanitizer',
  loader: 'loadComposerSanitizer',
});

/** Loads the composer's sanitizer (once; a failed load is tried again by the next call). */
export function loadComposerSanitizer(): Promise<(typeof htmlKit)['sanitize']> {
  return kit.load().then((loaded) => loaded.sanitize);
}

/** Whether HTML can be sanitized right now, without waiting for `loadComposerSanitizer()`. */
export function composerSanitizerLoaded(): boolean {
  return kit.loaded() !== undefined;
}

/** The loaded kit; code that runs before it is loaded awaits `loadComposerSanitizer()` first. */
export function composerHtmlKit(): typeof htmlKit {
  return kit.now();
}

/** The loaded sanitizer (see composerHtmlKit). */
export function composerSanitizer(): (typeof htmlKit)['sanitize'] {
  return kit.now().sanitize;
}
