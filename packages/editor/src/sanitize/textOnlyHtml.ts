// HTML reduced to its text, a paragraph per line, every character escaped: safe without the sanitizer.
import { parseInert } from './parseInert';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const LINE_BREAKING = /^(P|DIV|BR|LI|H[1-6]|TR|BLOCKQUOTE|PRE)$/;
const UNREAD = /^(SCRIPT|STYLE|TEMPLATE|TITLE)$/;

function linesOf(node: Node, lines: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) lines[lines.length - 1] += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !UNREAD.test(child.nodeName)) {
      linesOf(child, lines);
      if (LINE_BREAKING.test(child.nodeName)) lines.push('');
    }
  }
}

/** The text of `html`, a line per paragraph, without what no reader sees (styles, scripts). */
export function textLinesOf(html: string): string[] {
  const lines = [''];
  linesOf(parseInert(html).body, lines);
  while (lines.length > 1 && !lines[lines.length - 1]?.trim()) lines.pop();
  return lines;
}

export function textOnlyHtml(html: string): string {
  return textLinesOf(html)
    .map((line) => `<p>${line.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)}</p>`)
    .join('');
}
