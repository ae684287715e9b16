import { createPausableTimer, type PausableTimer } from './createPausableTimer';

export interface QueuedToast<T> {
  key: string;
  content: T;
  /** Milliseconds the toast stays once shown; undefined: until closed. */
  timeout?: number;
}

export interface ToastQueue<T> {
  subscribe(listener: () => void): () => void;
  /** Visible toasts, oldest first; the same array until something changes. */
  getSnapshot(): readonly QueuedToast<T>[];
  isPaused(): boolean;
  /** Shows a toast; returns its key. */
  add(content: T, options?: { key?: string; timeout?: number }): string;
  /** Replaces a toast's content in place (it keeps its position) and restarts its timeout, or clears it with none. */
  update(key: string, content: T, options?: { timeout?: number }): void;
  get(key: string): QueuedToast<T> | undefined;
  close(key: string): void;
  /** Stops every toast's timeout (pointer or focus inside the region). */
  pauseAll(): void;
  resumeAll(): void;
  dispose(): void;
}

/**
 * A toast queue that lives outside React (after React Stately's `ToastQueue`): any code can add a toast, the
 * region renders it through `useSyncExternalStore`, and timeouts pause while the user is reading.
 */
export function createToastQueue<T>({ now = Date.now }: { now?: () => number } = {}): ToastQueue<T> {
  let toasts: readonly QueuedToast<T>[] = [];
  let paused = false;
  let counter = 0;
  const timers = new Map<string, PausableTimer>();
  const listeners = new Set<() => void>();

  const commit = (next: readonly QueuedToast<T>[]) => {
    toasts = next;
    for (const listener of [...listeners]) listener();
  };
  const arm = (key: string, timeout: number | undefined) => {
    timers.get(key)?.cancel();
    timers.delete(key);
    if (timeout === undefined) return;
    const timer = createPausableTimer(() => close(key), timeout, now);
    if (paused) timer.pause();
    timers.set(key, timer);
  };
  const close = (key: string) => {
    timers.get(key)?.cancel();
    timers.delete(key);
    if (toasts.some((t) => t.key === key)) commit(toasts.filter((t) => t.key !== key));
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => toasts,
    isPaused: () => paused,
    add(content, options = {}) {
      const key = options.key ?? `toast-${++counter}`;
      const toast: QueuedToast<T> = {
        key,
        content,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      };
      commit([...toasts.filter((t) => t.key !== key), toast]);
      arm(key, options.timeout);
      return key;
    },
    update(key, content, options = {}) {
      if (!toasts.some((t) => t.key === key)) return;
      const toast: QueuedToast<T> = {
        key,
        content,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      };
      commit(toasts.map((t) => (t.key === key ? toast : t)));
      arm(key, options.timeout);
    },
    get: (key) => toasts.find((t) => t.key === key),
    close,
    pauseAll() {
      paused = true;
      for (const timer of timers.values()) timer.pause();
    },
    resumeAll() {
      paused = false;
      for (const timer of timers.values()) timer.resume();
    },
    dispose() {
      for (const timer of timers.values()) timer.cancel();
      timers.clear();
      listeners.clear();
      toasts = [];
    },
  };
}
