// The content ids the document refers to: inline image nodes in the body and `cid:` sources in the quoted
// original (an atom whose HTML is an attribute). Counted, because one image can appear twice.
import type { Node as PMNode } from '@tiptap/pm/model';
import { extractCids } from '@inkwell/compose-core';

// Quote HTML can be 1 MB; nodes are immutable, so parsing once per node instance is enough.
const quoteCache = new WeakMap<PMNode, string[]>();

export function referencedContentIds(doc: PMNode): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  doc.descendants((node) => {
    if (node.type.name === 'inlineImage') {
      const id = node.attrs.contentId as string | null;
      if (id) add(id);
      return false;
    }
    if (node.type.name === 'quotedOriginal') {
      let ids = quoteCache.get(node);
      if (!ids) {
        ids = [...extractCids(String(node.attrs.html ?? ''))];
        quoteCache.set(node, ids);
      }
      ids.forEach(add);
      return false;
    }
    return true;
  });
  return counts;
}
