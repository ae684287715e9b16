// Re-renders a component only when what it selects from the editor changes. The selection is computed once per
// editor state (not once per render), and compared shallowly: selectors here return flat records.
import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useSyncExternalStore } from 'react';

function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

export function useEditorSelector<T>(editor: Editor, select: (editor: Editor) => T): T {
  const cache = useRef<{ editor: Editor; state: unknown; editable: boolean; value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      editor.on('transaction', onChange);
      editor.on('update', onChange);
      return () => {
        editor.off('transaction', onChange);
        editor.off('update', onChange);
      };
    },
    [editor],
  );
  const getSnapshot = (): T => {
    const last = cache.current;
    const { state, isEditable: editable } = editor;
    if (last && last.editor === editor && last.state === state && last.editable === editable) return last.value;
    const next = select(editor);
    const value = last && shallowEqual(last.value, next) ? last.value : next;
    cache.current = { editor, state, editable, value };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
