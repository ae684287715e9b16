import type { CommandProps } from '@tiptap/core';
import { findTopLevelNode } from './findTopLevelNode';

/** A command body that deletes the first top-level node of a type; false when there is none. */
export function deleteTopLevelNode(typeName: string) {
  return ({ tr, dispatch }: CommandProps): boolean => {
    const found = findTopLevelNode(tr.doc, typeName);
    if (!found) return false;
    if (dispatch) tr.delete(found.pos, found.pos + found.node.nodeSize);
    return true;
  };
}
