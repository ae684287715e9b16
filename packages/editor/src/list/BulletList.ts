// The bullet list, in place of @tiptap/extension-list's BulletList as the composer had it: the same node, HTML,
// command, shortcut and input rule, without its Markdown parser and renderer (the composer reads and writes HTML).
import { Node, wrappingInputRule } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bulletList: {
      /** Wraps the selection in a bullet list, lifts it out of one, or turns an ordered list into one. */
      toggleBulletList: () => ReturnType;
    };
  }
}

export const BulletList = Node.create({
  name: 'bulletList',
  group: 'block list',
  content: 'listItem+',

  parseHTML: () => [{ tag: 'ul' }],

  renderHTML: ({ HTMLAttributes }) => ['ul', HTMLAttributes, 0],

  addCommands() {
    return {
      toggleBulletList:
        () =>
        ({ commands }) =>
          commands.toggleList(this.name, 'listItem', false),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-8': () => this.editor.commands.toggleBulletList() };
  },

  addInputRules() {
    // "- ", "* " or "+ " at the start of a paragraph.
    return [wrappingInputRule({ find: /^\s*([-+*])\s$/, type: this.type })];
  },
});
