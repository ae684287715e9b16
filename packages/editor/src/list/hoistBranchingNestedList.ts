// Delete at the end of an item's text, before a nested list whose items have sublists of their own: ProseMirror's
// join cannot restructure that, so the nested list's items move up into the item's list, as Tiptap's ListItem does.
import type { Command } from '@tiptap/pm/state';
import { LIST_NAMES } from './listNames';

export const hoistBranchingNestedList: Command = (state, dispatch) => {
  const { selection } = state;
  const { $from } = selection;
  if (!selection.empty || !$from.parent.isTextblock || $from.parentOffset !== $from.parent.content.size) return false;
  let itemDepth = $from.depth;
  while (itemDepth > 0 && $from.node(itemDepth).type.name !== 'listItem') itemDepth -= 1;
  if (!itemDepth) return false;
  const next = $from.node(itemDepth).maybeChild($from.index(itemDepth) + 1);
  if (!next || !LIST_NAMES.includes(next.type.name)) return false;
  let branching = false;
  next.forEach((child) => {
    if (child.type.name === 'listItem' && child.childCount > 1) branching = true;
  });
  const nestedPos = $from.after();
  const nested = state.doc.resolve(nestedPos).nodeAfter;
  if (!branching || !nested || !LIST_NAMES.includes(nested.type.name)) return false;
  if (dispatch) {
    const tr = state.tr.delete(nestedPos, nestedPos + nested.nodeSize);
    tr.insert(tr.mapping.map($from.after(itemDepth)), nested.content);
    dispatch(tr.setSelection(selection.map(tr.doc, tr.mapping)));
  }
  return true;
};
