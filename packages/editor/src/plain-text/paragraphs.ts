import type { Node as PMNode, Schema } from '@tiptap/pm/model';

/** Lines of text as plain paragraphs (an empty line is an empty paragraph). */
export function paragraphs(schema: Schema, lines: string[]): PMNode[] {
  return lines.map((line) => schema.nodes.paragraph!.create(null, line ? schema.text(line) : null));
}
