// The quoted original of a reply or forward: one atom block whose sanitized HTML is an attribute, shown in a
// shadow root. Serialized back as the original HTML inside <blockquote type="cite" data-inkwell-quote>.
import { Node } from '@tiptap/core';
import { deleteTopLevelNode } from '../doc/deleteTopLevelNode';
import { findTopLevelNode } from '../doc/findTopLevelNode';
import type { CommandProps } from '@tiptap/core';
import type { SanitizedMailHtml } from '@inkwell/compose-core';
import { composerHtmlKit } from '../sanitize/composerSanitizer';
import { prepareQuoteHtml } from './prepareQuoteHtml';
import { renderQuoteElement } from './renderQuoteElement';
import type { QuotedOriginalAttributes, QuotedOriginalOptions } from './types';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quotedOriginal: {
      /** Sanitizes `html` (once: a result of the sanitizer is taken as is) and puts it at the end of the message as
       * the quote, replacing any previous one. */
      setQuotedOriginal: (html: string | SanitizedMailHtml, options?: { collapsed?: boolean }) => ReturnType;
      toggleQuotedOriginal: () => ReturnType;
      /** Lets the quote's remote images load (display only). */
      showQuoteImages: () => ReturnType;
      removeQuotedOriginal: () => ReturnType;
      /** Replaces the quote with an editable block quote (tables and styles the schema lacks are lost). */
      quoteToEditableText: () => ReturnType;
    };
  }
}

export const QuotedOriginal = Node.create<QuotedOriginalOptions>({
  name: 'quotedOriginal',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  isolating: true,

  addOptions() {
    return { queue: null, collapsed: false };
  },

  addAttributes() {
    return {
      html: { default: '', rendered: false },
      collapsed: { default: this.options.collapsed, rendered: false },
      showImages: { default: false, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'blockquote[data-inkwell-quote]',
        // Before the editable Blockquote; content is taken whole and never parsed into the schema.
        priority: 1000,
        getAttrs: (element) => ({ html: element.innerHTML }),
      },
    ];
  },

  renderHTML({ node }) {
    return renderQuoteElement((node.attrs as QuotedOriginalAttributes).html);
  },

  renderText({ node }) {
    return `\n${(node.attrs as QuotedOriginalAttributes).html.replace(/<[^>]*>/g, '')}`;
  },

  addNodeView() {
    // A quote is only ever put in once the sanitizer is loaded (prepareQuoteHtml), and its view came with it.
    return ({ node, editor }) => new (composerHtmlKit().QuotedOriginalView)(node, editor, this.options.queue);
  },

  addCommands() {
    const update =
      (patch: (attrs: QuotedOriginalAttributes) => Partial<QuotedOriginalAttributes>) =>
      () =>
      ({ tr, dispatch }: CommandProps) => {
        const quote = findTopLevelNode(tr.doc, 'quotedOriginal');
        if (!quote) return false;
        if (dispatch) {
          const attrs = { ...quote.node.attrs, ...patch(quote.node.attrs as QuotedOriginalAttributes) };
          tr.setNodeMarkup(quote.pos, undefined, attrs);
        }
        return true;
      };

    return {
      setQuotedOriginal:
        (html, options = {}) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            const existing = findTopLevelNode(tr.doc, 'quotedOriginal');
            if (existing) tr.delete(existing.pos, existing.pos + existing.node.nodeSize);
            const node = this.type.create({
              html: prepareQuoteHtml(this.editor, html),
              collapsed: options.collapsed ?? this.options.collapsed,
            });
            tr.insert(tr.doc.content.size, node);
          }
          return true;
        },
      toggleQuotedOriginal: update((attrs) => ({ collapsed: !attrs.collapsed })),
      showQuoteImages: update(() => ({ showImages: true })),
      removeQuotedOriginal: () => deleteTopLevelNode(this.name),
      quoteToEditableText:
        () =>
        ({ tr, commands }) => {
          const quote = findTopLevelNode(tr.doc, 'quotedOriginal');
          if (!quote) return false;
          const { html } = quote.node.attrs as QuotedOriginalAttributes;
          return commands.insertContentAt(
            { from: quote.pos, to: quote.pos + quote.node.nodeSize },
            `<blockquote>${html}</blockquote>`,
          );
        },
    };
  },
});
