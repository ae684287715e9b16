// Tests write where the cursor goes into their content: "<li><p>ab|c</p></li>".
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/** Removes the "|" markers from the text and puts the cursor at the first one, or selects from it to the second;
 * outside the undo history. */
export function placeCursor(editor: Editor): void {
  const marks: number[] = [];
  editor.state.doc.descendants((node, pos) => {
    for (let i = node.text?.indexOf('|') ?? -1; i >= 0; i = node.text?.indexOf('|', i + 1) ?? -1) marks.push(pos + i);
  });
  const [from, to] = marks;
  if (from === undefined) return;
  const tr = editor.state.tr;
  for (const mark of [...marks].reverse()) tr.delete(mark, mark + 1);
  tr.setSelection(TextSelection.create(tr.doc, from, to === undefined ? from : to - 1));
  editor.view.dispatch(tr.setMeta('addToHistory', false));
}
