// Owns one Tiptap editor for a React component: created at once (the composer reads it in its first render),
// destroyed only when the component has really gone. A Strict Mode unmount and remount, or a state initializer
// React runs twice and throws one result away, must neither keep a second editor alive nor destroy the one in use.
import { Editor, type EditorOptions } from '@tiptap/core';

export interface EditorHolder {
  readonly get: () => Editor;
  readonly subscribe: (onChange: () => void) => () => void;
  /** The component is mounted; returns the cleanup that lets the editor go unless it mounts again at once. */
  readonly attach: () => () => void;
}

const ORPHAN_DELAY_MS = 1000;

type EventOption = Extract<keyof EditorOptions, `on${string}`>;

export function createEditorHolder(options: () => Partial<EditorOptions>): EditorHolder {
  const subscribers = new Set<() => void>();
  let mounted = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const create = (): Editor => {
    const given = options();
    // Event handlers are read when the event comes, so a re-render's new handler is the one called.
    const handlers: Partial<EditorOptions> = {};
    for (const key of Object.keys(given) as EventOption[]) {
      if (!key.startsWith('on') || typeof given[key] !== 'function') continue;
      (handlers as Record<string, unknown>)[key] = (...args: unknown[]) =>
        (options()[key] as ((...a: unknown[]) => unknown) | undefined)?.(...args);
    }
    return new Editor({ ...given, ...handlers });
  };

  const scheduleDestroy = (current: Editor, delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!mounted && !current.isDestroyed) current.destroy();
    }, delay);
  };

  let editor = create();
  // Never mounted (an initializer result React threw away, a render that did not commit): let it go, but late
  // enough that a slow commit is never left with a destroyed editor.
  scheduleDestroy(editor, ORPHAN_DELAY_MS);

  return {
    get: () => editor,
    subscribe(onChange) {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    attach() {
      mounted = true;
      clearTimeout(timer);
      // Shown again after it was destroyed (e.g. an Activity that hid it): a new editor.
      if (editor.isDestroyed) {
        editor = create();
        subscribers.forEach((notify) => notify());
      }
      return () => {
        mounted = false;
        // A Strict Mode remount attaches again synchronously, before this runs.
        scheduleDestroy(editor, 0);
      };
    },
  };
}
