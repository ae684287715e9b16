// HTML reduced to its text (compose-core's textBlocksOf, a paragraph per block), every character escaped: safe
// without the sanitizer.
import { textBlocksOf } from '@inkwell/compose-core';
import { parseInert } from './parseInert';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The text of `html`, a line per block, without what no reader sees (styles, scripts). */
export function textLinesOf(html: string): string[] {
  return textBlocksOf(parseInert(html).body);
}

export function textOnlyHtml(html: string): string {
  return textLinesOf(html)
    .map((line) => `<p>${line.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)}</p>`)
    .join('');
}
