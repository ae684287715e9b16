import type { EditorView } from '@tiptap/pm/view';

/** Deletes every inline image node whose content id is in `ids`, in one transaction. */
export function removeImagesWithContentIds(view: EditorView, ids: ReadonlySet<string>): boolean {
  const ranges: { from: number; to: number }[] = [];
  view.state.doc.descendants((node, pos) => {
    if (node.type.name === 'inlineImage' && ids.has(node.attrs.contentId as string)) {
      ranges.push({ from: pos, to: pos + node.nodeSize });
    }
    return node.type.name !== 'quotedOriginal';
  });
  if (ranges.length === 0) return false;
  const tr = view.state.tr;
  for (const range of ranges.reverse()) tr.delete(range.from, range.to);
  view.dispatch(tr);
  return true;
}
