// Tab at the start of a paragraph right after a list moves the paragraph into the list's last item, as Tiptap's
// ListKeymap does it.
import type { Editor } from '@tiptap/core';
import { isNodeActive } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { LIST_NAMES } from './listNames';

export function tabIntoList(editor: Editor): boolean {
  const { state } = editor;
  const { $from, empty } = state.selection;
  const block = $from.parent;
  const parentDepth = $from.depth - 1;
  const index = parentDepth < 0 ? 0 : $from.index(parentDepth);
  const previous = index ? $from.node(parentDepth).child(index - 1) : null;
  const lastItem = previous && LIST_NAMES.includes(previous.type.name) ? previous.lastChild : null;
  if (
    !empty ||
    $from.parentOffset ||
    !block.isTextblock ||
    isNodeActive(state, 'listItem') ||
    !lastItem?.canReplace(lastItem.childCount, lastItem.childCount, Fragment.from(block))
  ) {
    return false;
  }
  const blockStart = $from.before();
  return editor.commands.command(({ tr, dispatch }) => {
    if (dispatch) {
      tr.delete(blockStart, $from.after())
        .insert(blockStart - 2, block)
        .setSelection(TextSelection.create(tr.doc, blockStart - 1))
        .scrollIntoView();
    }
    return true;
  });
}
