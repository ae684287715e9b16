import type { Node as PMNode } from '@tiptap/pm/model';

/** The first top-level node of a type (the quote and the signature live at the top level), with its position. */
export function findTopLevelNode(doc: PMNode, typeName: string): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  doc.forEach((node, pos) => {
    if (!found && node.type.name === typeName) found = { node, pos };
  });
  return found;
}
