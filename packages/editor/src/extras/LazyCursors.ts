// The drop and gap cursors, from the on-demand chunk: part of the editor from the start when the chunk is loaded,
// else added once it arrives (they matter only when something is dragged in, or the caret reaches an image's edge).
import { Extension } from '@tiptap/core';
import { editorExtrasLoaded, loadEditorExtras } from './loadEditorExtras';

interface LazyCursorsStorage {
  /** Whether the editor was created with them. */
  included: boolean;
}

export const LazyCursors = Extension.create<Record<string, never>, LazyCursorsStorage>({
  name: 'lazyCursors',

  addStorage: () => ({ included: false }),

  addProseMirrorPlugins() {
    const extras = editorExtrasLoaded();
    this.storage.included = !!extras;
    // Started with the editor, not when it is created on the page a moment later.
    if (!extras) loadEditorExtras().catch(() => undefined);
    return extras?.cursorPlugins() ?? [];
  },

  onCreate() {
    if (this.storage.included) return;
    const { editor } = this;
    loadEditorExtras().then(
      (extras) => {
        if (!editor.isDestroyed) for (const plugin of extras.cursorPlugins()) editor.registerPlugin(plugin);
      },
      // Without them, dropping and moving the caret still work; the next editor tries again.
      () => undefined,
    );
  },
});
