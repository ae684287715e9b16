// linkifyjs finds URLs in typed and pasted text; its table of top-level domains makes it about 13 KB gzip, which a
// new message does not need before its first URL. So it is a chunk of its own, loaded when an editor with our Link
// is created (Link's onCreate). Code that runs synchronously (autolink, paste) reads `linkifyLoaded()` and links
// nothing until it is there. Import 'linkifyjs' nowhere else: a static import puts the chunk back in the initial one.
import { createLazyModule } from '@inkwell/compose-core';
import type * as linkify from 'linkifyjs';

const lazyLinkify = createLazyModule<typeof linkify>(() => import('linkifyjs'), {
  what: 'The link finder',
  loader: 'loadLinkify',
});

/** Loads linkifyjs (once; a failed load is tried again by the next call). `linkifyLoaded()` gives it once loaded. */
export const { load: loadLinkify, loaded: linkifyLoaded } = lazyLinkify;
