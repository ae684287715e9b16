// The list item, in place of @tiptap/extension-list's ListItem as the composer had it: the same node and HTML, Enter
// (split), Tab (indent), Shift-Tab (outdent), and Delete before a nested list with sublists (hoistBranchingNestedList),
// without its Markdown parser and renderer.
import { Extension, Node } from '@tiptap/core';
import { hoistBranchingNestedList } from './hoistBranchingNestedList';

export const ListItem = Node.create({
  name: 'listItem',
  content: 'paragraph block*',
  defining: true,

  parseHTML: () => [{ tag: 'li' }],

  renderHTML: ({ HTMLAttributes }) => ['li', HTMLAttributes, 0],

  addExtensions() {
    return [
      Extension.create({
        // Tiptap's name and priority: before every other Delete handler, and the Enter/Tab bindings below keep theirs.
        name: 'listItemBranchingDeleteKeymap',
        priority: 101,
        addKeyboardShortcuts() {
          const hoist = () => hoistBranchingNestedList(this.editor.state, this.editor.view.dispatch);
          return { Delete: hoist, 'Mod-Delete': hoist };
        },
      }),
    ];
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () => this.editor.commands.sinkListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    };
  },
});
