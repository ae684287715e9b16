// One block of the rich document as plain-text lines, the way mail clients write them: "- " and "1. " for
// lists, "> " for quotes.
import type { Node as PMNode } from '@tiptap/pm/model';

function inlineText(node: PMNode): string {
  return node.textBetween(0, node.content.size, '\n', (leaf) => {
    if (leaf.type.name === 'hardBreak') return '\n';
    if (leaf.type.name === 'inlineImage') return leaf.attrs.alt ? `[${leaf.attrs.alt as string}]` : '';
    return leaf.textContent;
  });
}

function childLines(node: PMNode): string[] {
  const lines: string[] = [];
  node.forEach((child) => lines.push(...blockToLines(child)));
  return lines;
}

export function blockToLines(node: PMNode): string[] {
  switch (node.type.name) {
    case 'bulletList':
    case 'orderedList': {
      const lines: string[] = [];
      let number = Number(node.attrs.start ?? 1);
      node.forEach((item) => {
        const marker = node.type.name === 'orderedList' ? `${number}. ` : '- ';
        number += 1;
        childLines(item).forEach((line, index) =>
          lines.push(index === 0 ? marker + line : ' '.repeat(marker.length) + line),
        );
      });
      return lines;
    }
    case 'blockquote':
      return childLines(node).map((line) => (line ? `> ${line}` : '>'));
    case 'horizontalRule':
      return ['---'];
    default:
      return node.isTextblock ? inlineText(node).split('\n') : childLines(node);
  }
}
