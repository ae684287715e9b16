// Puts the editor's DOM on the page and renders its React node views. The editor keeps the node views it built
// while detached: nothing is built twice (a quote node view renders its 1 MB shadow DOM once).
import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useRef, useSyncExternalStore, type HTMLAttributes } from 'react';
import { nodeViewPortalsOf } from './nodeViewPortals';

export interface EditorContentProps extends HTMLAttributes<HTMLDivElement> {
  editor: Editor;
}

function NodeViewPortals({ editor }: { editor: Editor }) {
  const portals = nodeViewPortalsOf(editor);
  return useSyncExternalStore(portals.subscribe, portals.getSnapshot, portals.getSnapshot);
}

export function EditorContent({ editor, ...props }: EditorContentProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || editor.isDestroyed) return;
    const detached = editor.view.dom.parentNode;
    if (detached) element.append(...detached.childNodes);
    editor.view.updateRoot();
    editor.setOptions({ element });
    return () => {
      if (editor.isDestroyed) return;
      // Back into a detached element, so a remount (Strict Mode) can take it again.
      const holder = document.createElement('div');
      holder.append(...element.childNodes);
      editor.setOptions({ element: holder });
    };
  }, [editor]);
  return (
    <>
      <div ref={ref} {...props} />
      <NodeViewPortals editor={editor} />
    </>
  );
}
