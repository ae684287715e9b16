// Delete at the end of a list item, as Tiptap's ListKeymap does it: the next item's text joins this one's, whether
// the next item is nested deeper, is back at a higher level, or is a sibling.
import type { Editor } from '@tiptap/core';
import { joinTextblockForward } from '@tiptap/pm/commands';

export function deleteInList(editor: Editor): boolean {
  const { state } = editor;
  const { $from, empty } = state.selection;
  let itemDepth = $from.depth;
  while (itemDepth && $from.node(itemDepth).type.name !== 'listItem') itemDepth -= 1;
  // Only with the cursor at the end of the innermost item's last paragraph.
  if (!empty || !itemDepth || $from.pos + 1 !== $from.end(itemDepth)) return false;
  // Tiptap's measure of whether the next item is nested deeper or back at a higher level: the depth of the innermost
  // item around a position a few steps on, searched from depth 20 down (its getNodeAtPosition).
  const $next = state.doc.resolve($from.pos - $from.depth + itemDepth + 4);
  let nextDepth = 20;
  while (nextDepth && $next.node(nextDepth)?.type.name !== 'listItem') nextDepth -= 1;
  if (nextDepth > itemDepth) {
    return editor
      .chain()
      .focus($from.pos + 4)
      .lift('listItem')
      .joinBackward()
      .run();
  }
  if (nextDepth && nextDepth < itemDepth) {
    return editor.commands.command(({ state: current, dispatch }) => joinTextblockForward(current, dispatch));
  }
  return editor.commands.joinItemForward();
}
