// A Tiptap editor for the component's lifetime, created during the first render. Our own bridge instead of
// @tiptap/react's useEditor: the composer needs only this, and @tiptap/react cost about 9 KB gzip up front.
import type { Editor, EditorOptions } from '@tiptap/core';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createEditorHolder } from './createEditorHolder';

export function useTiptapEditor(options: Partial<EditorOptions>): Editor {
  const latest = useRef(options);
  latest.current = options;
  const [holder] = useState(() => createEditorHolder(() => latest.current));
  const editor = useSyncExternalStore(holder.subscribe, holder.get, holder.get);
  // In the commit itself: nothing (no timer) runs between the render that made the editor and this.
  useLayoutEffect(() => holder.attach(), [holder]);

  const { editorProps } = options;
  useEffect(() => {
    if (editorProps && editor.options.editorProps !== editorProps && !editor.isDestroyed)
      editor.setOptions({ editorProps });
  }, [editor, editorProps]);
  return editor;
}
