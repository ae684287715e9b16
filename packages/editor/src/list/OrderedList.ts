// The ordered list, in place of @tiptap/extension-list's OrderedList as the composer had it: the same node, HTML,
// command, shortcut and input rule, without its Markdown parser, renderer and tokenizer (the composer reads and writes
// HTML). Its plain-text paste parser loads on demand (loadOrderedListPasteParser), started when the editor is
// created.
import { Node, wrappingInputRule } from '@tiptap/core';
import { listStyleToType } from './listStyleToType';
import { loadOrderedListPasteParser } from './loadOrderedListPasteParser';
import { pastePlainTextOrderedList } from './pastePlainTextOrderedList';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    orderedList: {
      /** Wraps the selection in an ordered list, lifts it out of one, or turns a bullet list into one. */
      toggleOrderedList: () => ReturnType;
    };
  }
}

export const OrderedList = Node.create({
  name: 'orderedList',
  group: 'block list',
  content: 'listItem+',

  onCreate() {
    // A load that fails (offline since the page loaded) only leaves pasted lists as text; the next editor tries again.
    loadOrderedListPasteParser().catch(() => {});
  },

  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (element) => (element.hasAttribute('start') ? parseInt(element.getAttribute('start') || '', 10) : 1),
      },
      type: {
        default: null,
        parseHTML: (element) =>
          element.getAttribute('type') || listStyleToType(element) || listStyleToType(element.querySelector('li')),
      },
    };
  },

  parseHTML: () => [{ tag: 'ol' }],

  renderHTML({ HTMLAttributes }) {
    // As Tiptap's: no start="1", and no type for the default decimal numbering.
    const { start, type, ...attributes } = HTMLAttributes;
    if (start !== 1) attributes.start = start;
    if (type && type !== '1') attributes.type = type;
    return ['ol', attributes, 0];
  },

  addCommands() {
    return {
      toggleOrderedList:
        () =>
        ({ commands }) =>
          commands.toggleList(this.name, 'listItem', false),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-7': () => this.editor.commands.toggleOrderedList() };
  },

  addInputRules() {
    // "1. " starts a list at 1, "3. " at 3; typed right after a decimal list that it continues, it joins that list.
    return [
      wrappingInputRule({
        find: /^(\d+)\.\s$/,
        type: this.type,
        getAttributes: (match) => ({ start: +match[1]! }),
        joinPredicate: (match, node) =>
          (!node.attrs.type || node.attrs.type === '1') && node.childCount + node.attrs.start === +match[1]!,
      }),
    ];
  },

  addProseMirrorPlugins() {
    return [pastePlainTextOrderedList()];
  },
});
