// Inserted content that ends in whitespace inside a link (a pasted "<a>word </a>") leaves the whitespace out of the
// link, so typing after it is not linked either; as Tiptap Link's autolink plugin does.
import { getMarksBetween } from '@tiptap/core';
import type { MarkType } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { UNICODE_WHITESPACE_REGEX_TRAILING } from './unicodeWhitespace';

export function unlinkTrailingWhitespace(tr: Transaction, range: { from: number; to: number }, type: MarkType): void {
  const rangeEnd = tr.doc.resolve(range.to);
  if (!rangeEnd.nodeBefore?.isText) return;
  const trailing = tr.doc
    .textBetween(range.from, range.to, '\uFFFC', '\uFFFC')
    .match(UNICODE_WHITESPACE_REGEX_TRAILING)?.[0];
  if (!trailing) return;
  const whitespaceFrom = range.to - trailing.length;
  const links = getMarksBetween(whitespaceFrom, range.to, tr.doc).filter((item) => item.mark.type === type);
  if (!links.length) return;
  // The link goes on after the insertion: the whitespace is inside it, not at its end.
  const { nodeAfter } = rangeEnd;
  if (nodeAfter && links.some((item) => item.mark.isInSet(nodeAfter.marks))) return;
  const storedMarks = tr.storedMarks;
  tr.removeMark(whitespaceFrom, range.to, type);
  tr.setStoredMarks(storedMarks);
  if (tr.selection.empty && tr.selection.from === range.to) tr.removeStoredMark(type);
}
