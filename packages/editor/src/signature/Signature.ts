// The sender's signature: an editable block marked `data-inkwell-signature`. `setSignature` swaps it when the
// sender changes, leaving the user's text and the quoted original alone.
import { Node, mergeAttributes } from '@tiptap/core';
import { deleteTopLevelNode } from '../doc/deleteTopLevelNode';
import { findTopLevelNode } from '../doc/findTopLevelNode';
import { parseInert } from '../sanitize/parseInert';
import { sanitizeComposerHtml } from '../sanitize/sanitizeComposerHtml';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    signature: {
      /** Replaces the signature (or adds it above the quoted original); an empty string removes it. */
      setSignature: (html: string) => ReturnType;
      removeSignature: () => ReturnType;
    };
  }
}

function hasVisibleContent(html: string): boolean {
  const body = parseInert(html).body;
  return !!body.textContent?.trim() || !!body.querySelector('img[src^="cid:" i], img[src^="http" i]');
}

export const Signature = Node.create({
  name: 'signature',
  group: 'block',
  content: 'block+',
  defining: true,
  isolating: true,

  parseHTML() {
    return [{ tag: 'div[data-inkwell-signature]', priority: 1000 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-inkwell-signature': '' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setSignature:
        (html) =>
        ({ tr, commands }) => {
          const existing = findTopLevelNode(tr.doc, 'signature');
          // Removing needs no sanitizer (it may not be loaded yet).
          const clean = html.trim() ? sanitizeComposerHtml(html) : '';
          // Nothing left after sanitizing (or nothing given): the new sender has no signature.
          if (!hasVisibleContent(clean)) return existing ? commands.removeSignature() : true;
          const content = `<div data-inkwell-signature>${clean}</div>`;
          const range = existing
            ? { from: existing.pos, to: existing.pos + existing.node.nodeSize }
            : (findTopLevelNode(tr.doc, 'quotedOriginal')?.pos ?? tr.doc.content.size);
          // insertContentAt goes through SafeContent: the signature HTML is sanitized like everything else.
          return commands.insertContentAt(range, content, { updateSelection: false });
        },
      removeSignature: () => deleteTopLevelNode(this.name),
    };
  },
});
