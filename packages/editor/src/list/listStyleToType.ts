// Word and Google Docs give an ordered list's numbering as CSS (list-style-type on the <ol> or its <li>) rather than
// as the type attribute; read as Tiptap's OrderedList reads it, so a pasted "a. b. c." list stays lettered.
const TYPES = new Map([
  ['upper-roman', 'I'],
  ['lower-roman', 'i'],
  ['upper-alpha', 'A'],
  ['upper-latin', 'A'],
  ['lower-alpha', 'a'],
  ['lower-latin', 'a'],
]);

/** The `type` attribute an element's `list-style-type` stands for, or null (decimal, another style, none). */
export function listStyleToType(element: Element | null): string | null {
  const match = element?.getAttribute('style')?.match(/list-style-type\s*:\s*([^;]+)/i);
  return (match && TYPES.get(match[1]!.trim().toLowerCase())) || null;
}
