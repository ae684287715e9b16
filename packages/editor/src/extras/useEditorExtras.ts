// The composer's on-demand parts for a component: at once when loaded, else after they arrive. A failed load says
// so (`failed`), and `retry` tries again.
import { useEffect, useState } from 'react';
import { editorExtrasLoaded, loadEditorExtras, type EditorExtras } from './loadEditorExtras';

export interface EditorExtrasState {
  extras: EditorExtras | undefined;
  failed: boolean;
  retry: () => void;
}

export function useEditorExtras(): EditorExtrasState {
  const [extras, setExtras] = useState(editorExtrasLoaded);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (extras) return;
    let live = true;
    loadEditorExtras().then(
      (loaded) => {
        if (live) setExtras(loaded);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [extras, attempt]);
  return {
    extras,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
