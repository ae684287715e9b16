// Backspace at list boundaries, as Tiptap's ListKeymap does it for list items: at the start of a paragraph right
// after a list, the paragraph joins the text of the list's last item; at the start of an item's first paragraph, the
// item is outdented rather than joined into the item before.
import type { Editor } from '@tiptap/core';
import { isNodeActive } from '@tiptap/core';
import { joinTextblockBackward } from '@tiptap/pm/commands';
import { TextSelection } from '@tiptap/pm/state';
import { LIST_NAMES } from './listNames';

export function backspaceInList(editor: Editor): boolean {
  if (editor.commands.undoInputRule()) return true;
  const { state } = editor;
  const { $from, empty } = state.selection;
  if (!empty) return false;
  const inItem = isNodeActive(state, 'listItem');
  // Tiptap's test: two positions back is inside a list only at the very start of the block right after one.
  const $list = state.doc.resolve(Math.max(0, $from.pos - 2));
  if (!inItem && LIST_NAMES.includes($list.parent.type.name)) {
    let lastItem = 0;
    $list.parent.descendants((node, pos) => {
      if (node.type.name === 'listItem') lastItem = pos;
    });
    const target = state.doc.resolve($list.start() + lastItem + 1).end();
    return (
      editor
        .chain()
        .command(({ tr }) => {
          tr.delete($from.before(), $from.after()).insert(target, $from.parent);
          tr.setSelection(TextSelection.create(tr.doc, target + 1));
          return true;
        })
        // A second command: a command's state is taken when it starts, so this one sees the paragraph moved.
        .command(({ state: moved, dispatch }) => {
          joinTextblockBackward(moved, dispatch);
          return true;
        })
        .run()
    );
  }
  if (!inItem || $from.parentOffset) return false;
  const itemDepth = $from.depth - 1;
  return (
    $from.node(itemDepth).type.name === 'listItem' &&
    !$from.index(itemDepth) &&
    editor.commands.liftListItem('listItem')
  );
}
