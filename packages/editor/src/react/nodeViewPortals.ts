// The React node views of one editor, as portals into their DOM elements. EditorContent renders them, so they live
// in the app's React tree (its context reaches them) whether they were made before the editor was on the page or
// after.
import type { Editor } from '@tiptap/core';
import type { ReactPortal } from 'react';

export interface NodeViewPortals {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => readonly ReactPortal[];
  readonly set: (id: string, portal: ReactPortal) => void;
  readonly remove: (id: string) => void;
}

const byEditor = new WeakMap<Editor, NodeViewPortals>();

function createNodeViewPortals(): NodeViewPortals {
  const subscribers = new Set<() => void>();
  const portals = new Map<string, ReactPortal>();
  let snapshot: readonly ReactPortal[] = [];
  let queued = false;
  // Many node views change in one transaction: React hears of them once.
  const changed = () => {
    snapshot = [...portals.values()];
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      subscribers.forEach((notify) => notify());
    });
  };
  return {
    subscribe(onChange) {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    getSnapshot: () => snapshot,
    set(id, portal) {
      portals.set(id, portal);
      changed();
    },
    remove(id) {
      if (portals.delete(id)) changed();
    },
  };
}

export function nodeViewPortalsOf(editor: Editor): NodeViewPortals {
  let portals = byEditor.get(editor);
  if (!portals) {
    portals = createNodeViewPortals();
    byEditor.set(editor, portals);
  }
  return portals;
}
