// The link mark, in place of @tiptap/extension-link configured as the composer had it (autolink, link on paste,
// https by default, no click handling): the same mark, commands and HTML, but linkifyjs loads on demand
// (loadLinkify), started when the editor is created. Until it is there, typed and pasted URLs are not linked; the
// toolbar's link form never needs it.
import { Mark, markPasteRule } from '@tiptap/core';
import { autolink } from './autolink';
import { findPastedUrls } from './findPastedUrls';
import { isAllowedUri } from './isAllowedUri';
import { loadLinkify } from './loadLinkify';
import { pasteLinkOverSelection } from './pasteLinkOverSelection';

export interface LinkAttributes {
  href: string;
  target?: string | null;
  rel?: string | null;
  class?: string | null;
  title?: string | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    link: {
      /** Links the selection; false for a href that may not be a link (`javascript:`…). */
      setLink: (attributes: LinkAttributes) => ReturnType;
      /** Links the selection, or unlinks the link at it; false for a href that may not be a link. */
      toggleLink: (attributes?: LinkAttributes) => ReturnType;
      /** Unlinks the selection, or the whole link the cursor is in. */
      unsetLink: () => ReturnType;
    };
  }
}

/** What a typed or pasted "www.example.com" links to. */
const DEFAULT_PROTOCOL = 'https';

export const Link = Mark.create({
  name: 'link',
  // Tiptap Link's priority: the link is the outermost mark, so <a> wraps <strong> rather than the other way round.
  priority: 1000,
  // Text typed right after a link is not part of it, as in other mail clients.
  inclusive: false,
  keepOnSplit: false,

  onCreate() {
    // A load that fails (offline since the page loaded) only leaves URLs unlinked; the next editor tries again.
    loadLinkify().catch(() => {});
  },

  addAttributes() {
    return {
      // Read as written: Tiptap's default would turn href="123" into a number.
      href: { default: null, parseHTML: (element) => element.getAttribute('href') },
      target: { default: '_blank' },
      rel: { default: 'noopener noreferrer' },
      // Kept from the HTML a link comes with (a reopened draft, a paste), as Tiptap Link keeps them; ours add none.
      class: { default: null },
      title: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (element) => {
          const href = element.getAttribute('href');
          return href && isAllowedUri(href) ? null : false;
        },
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    // In Tiptap Link's attribute order, so the HTML of a draft does not change; a href that got in some other way
    // than HTML (JSON) and may not be a link renders empty.
    const { target, rel, class: className, href } = HTMLAttributes;
    return ['a', { target, rel, class: className, ...HTMLAttributes, href: isAllowedUri(href) ? href : '' }, 0];
  },

  addCommands() {
    return {
      setLink:
        (attributes) =>
        ({ chain }) =>
          isAllowedUri(attributes.href) &&
          chain().setMark(this.name, attributes).setMeta('preventAutolink', true).run(),
      toggleLink:
        (attributes) =>
        ({ chain }) =>
          (!attributes?.href || isAllowedUri(attributes.href)) &&
          chain()
            .toggleMark(this.name, attributes, { extendEmptyMarkRange: true })
            .setMeta('preventAutolink', true)
            .run(),
      unsetLink:
        () =>
        ({ chain }) =>
          chain().unsetMark(this.name, { extendEmptyMarkRange: true }).setMeta('preventAutolink', true).run(),
    };
  },

  addPasteRules() {
    return [
      markPasteRule({
        find: (text) => findPastedUrls(text, DEFAULT_PROTOCOL),
        type: this.type,
        getAttributes: (match) => ({ href: (match.data as { href?: string } | undefined)?.href }),
      }),
    ];
  },

  addProseMirrorPlugins() {
    return [
      autolink({ type: this.type, defaultProtocol: DEFAULT_PROTOCOL }),
      pasteLinkOverSelection({ editor: this.editor, type: this.type, defaultProtocol: DEFAULT_PROTOCOL }),
    ];
  },
});
