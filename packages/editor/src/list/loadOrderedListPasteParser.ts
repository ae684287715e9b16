// The parser that turns pasted plain text like "1. a\n2. b" into an ordered list is Tiptap's, in the module of its
// OrderedList with the Markdown code around it (about 3.5 KB gzip), which a new message does not need up front. It
// comes with the composer's on-demand parts (extras chunk: one chunk rather than two that would split the editor's
// shared code, about 1 KB gzip cheaper), loaded when an editor is created; the paste handler reads
// `orderedListPasteParserLoaded()` and leaves a plain-text paste to the default handling until it is there. Import
// '@tiptap/extension-list' nowhere else outside tests: a static import puts it back in the initial chunk.
import { editorExtras } from '../extras/loadEditorExtras';

/** Loads the parser (once; a failed load is tried again by the next call). */
export const loadOrderedListPasteParser = () =>
  editorExtras.load().then((extras) => extras.parsePlainTextOrderedListPaste);

/** The parser once loaded. */
export const orderedListPasteParserLoaded = () => editorExtras.loaded()?.parsePlainTextOrderedListPaste;
