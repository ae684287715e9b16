// What the composer needs only after its first paint, or when the user asks for it: the drop and gap cursors (and
// where a click on empty space goes), the inline image's controls (alt text, resize, progress) and its scaling down,
// the link form, the plain-text confirmation and conversion. One chunk, loaded when an editor is created (about 4 KB
// gzip off the compose window's initial chunk).
import { dropCursor } from '@tiptap/pm/dropcursor';
import { gapCursor } from '@tiptap/pm/gapcursor';
import type { Plugin } from '@tiptap/pm/state';
import { blankClickPlugin } from '../blank-click/blankClickPlugin';

export { EXTRAS_CSS } from './extrasStyles';
export { InlineImageView } from '../inline-image/InlineImageView';
export { LinkEditor } from '../toolbar/LinkEditor';
export { PlainTextConfirm } from '../toolbar/PlainTextConfirm';
export { imageContentIds, setInline, toPlain } from '../plain-text/convertPlainText';
export { downscaleImage, readImageSize } from '../inline-image/downscaleImage';

/** The cursors Tiptap's Dropcursor and Gapcursor extensions add, with their defaults, and where a click on the
 * body's empty space puts the caret. */
export function cursorPlugins(): Plugin[] {
  // Before the gap cursor, which would take the click first.
  return [blankClickPlugin(), dropCursor({ color: 'currentColor', width: 1 }), gapCursor()];
}
