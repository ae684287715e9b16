// DOM queries the runner needs from either editor, through the page only (no editor API), so both editors are
// driven and checked the same way.

/** The editable root: ProseMirror's contenteditable element. */
export function editableRoot(doc: Document = document): HTMLElement | null {
  return doc.querySelector<HTMLElement>('[contenteditable="true"]');
}

/** The paragraph the user types into: the editable root's first paragraph child. */
export function firstParagraph(doc: Document = document): HTMLParagraphElement | null {
  const root = editableRoot(doc);
  return root?.querySelector<HTMLParagraphElement>(':scope > p') ?? root?.querySelector('p') ?? null;
}

/** Focuses the editor with a collapsed selection at the end of its first paragraph (its start while empty).
 * ProseMirror picks the DOM selection up on `selectionchange`, as it does for a click. */
export function placeCaretInFirstParagraph(doc: Document = document): boolean {
  const root = editableRoot(doc);
  const paragraph = firstParagraph(doc);
  const selection = doc.getSelection();
  if (!root || !paragraph || !selection) return false;
  root.focus();
  const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let lastText: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) lastText = node as Text;
  const range = doc.createRange();
  if (lastText) range.setStart(lastText, lastText.length);
  else range.setStart(paragraph, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Whether the editor has focus, so typed keys go into it. */
export function editorHasFocus(doc: Document = document): boolean {
  const root = editableRoot(doc);
  return !!root && doc.hasFocus() && root.contains(doc.activeElement);
}

/** Counts matches in the document and inside every open shadow root (the quote lives in one). */
export function countDeep(root: ParentNode, selector: string): number {
  let count = root.querySelectorAll(selector).length;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) count += countDeep(el.shadowRoot, selector);
  }
  return count;
}

const laidOut = (element: Element | null | undefined): boolean =>
  !!element && element.getBoundingClientRect().height > 0;

/** The editor accepts input: its editable root is in the page and laid out. */
export function inputReady(doc: Document = document): boolean {
  return laidOut(editableRoot(doc));
}

/** The first element of the quote is laid out with a height: our quote inside its shadow root, or a blockquote in
 * the editable content (the bare editor). Checks only the start, so the check costs the same for any quote size. */
export function quotePainted(doc: Document = document): boolean {
  const host = doc.querySelector('.inkwell-quote-host');
  if (host) {
    // The shadow root holds a stylesheet and the quote's body container (whatever its class).
    const body = [...(host.shadowRoot?.children ?? [])].find(
      (el) => el.localName !== 'style' && el.localName !== 'link',
    );
    return laidOut(body?.firstElementChild);
  }
  return laidOut(editableRoot(doc)?.querySelector('blockquote')?.firstElementChild);
}
