// Mail HTML as plain text: compose-core's converter (quotes as `>`, links with their address, lists) once it is loaded
// (the composer starts loading it at mount; the session needs it for every save), and until then the text alone, a
// paragraph per line, so nothing waits for it.
import { bodyPlainTextLoaded, htmlToPlainTextNow } from '@inkwell/compose-core';
import { textLinesOf } from '../sanitize/textOnlyHtml';

export function plainTextOf(html: string): string {
  return bodyPlainTextLoaded() ? htmlToPlainTextNow(html) : textLinesOf(html).join('\n');
}
