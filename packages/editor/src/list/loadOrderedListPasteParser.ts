// The parser that turns pasted plain text like "1. a\n2. b" into an ordered list is Tiptap's, in the module of its
// OrderedList with the Markdown code around it (about 3.5 KB gzip), which a new message does not need up front. So it
// is a chunk of its own, loaded when an editor with our OrderedList is created (its onCreate); the paste handler reads
// `orderedListPasteParserLoaded()` and leaves a plain-text paste to the default handling until it is there. Not in the
// composer's extras chunk, though that would save about 0.9 KB gzip of the initial chunk: there it made mounting a
// 1 MB reply about 240 ms slower in the bench (bench/README.md). Import '@tiptap/extension-list' nowhere else outside
// tests: a static import puts the chunk back in the initial one.
import { createLazyModule } from '@inkwell/compose-core';
import type { parsePlainTextOrderedListPaste } from '@tiptap/extension-list/ordered-list';

const lazyParser = createLazyModule<typeof parsePlainTextOrderedListPaste>(
  () => import('@tiptap/extension-list/ordered-list').then((module) => module.parsePlainTextOrderedListPaste),
  { what: 'The ordered list paste parser', loader: 'loadOrderedListPasteParser' },
);

/** Loads the parser (once; a failed load is tried again by the next call). `orderedListPasteParserLoaded()` gives
 * it once loaded. */
export const { load: loadOrderedListPasteParser, loaded: orderedListPasteParserLoaded } = lazyParser;
