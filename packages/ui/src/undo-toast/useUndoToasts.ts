'use client';
import { QueryClientContext } from '@tanstack/react-query';
import {
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { useSendOutbox } from '@inkwell/react';
import { bindUndoToasts, type UndoToastController, type UndoToastTimeouts } from './bindUndoToasts';
import { createToastQueue, type QueuedToast, type ToastQueue } from './createToastQueue';
import type { UndoToastContent } from './undoToastContent';

export interface UseUndoToastsOptions {
  /** The draft was pulled back: open it (`draftId` is its mail id; absent when the server rebuilt no draft). */
  onReopen?: (draftId: string | undefined, toast: UndoToastContent) => void;
  /** The outbox's clock, in epoch ms. @default Date.now */
  now?: () => number;
  /** Page-wide shortcut that undoes the newest send; `false` turns it off. @default true (Alt+Z) */
  shortcut?: boolean;
  timeouts?: Partial<UndoToastTimeouts>;
  /** A queue of your own, to add toasts from outside or to test. Default: one per region. */
  queue?: ToastQueue<UndoToastContent>;
}

export interface UndoToastsBehaviour {
  toasts: readonly QueuedToast<UndoToastContent>[];
  /** Pointer or focus inside the region: toasts stay on screen (the server's undo window does not stop). */
  paused: boolean;
  now: () => number;
  regionProps: HTMLAttributes<HTMLElement> & { ref: (node: HTMLElement | null) => void };
  toastProps: (key: string) => HTMLAttributes<HTMLElement> & { 'data-toast-key': string };
  undo: (key: string) => void;
  dismiss: (key: string) => void;
  /** Whether the host reopens drafts (`onReopen` given); else the toast says the draft is back in Drafts. */
  reopens: boolean;
}

/** Alt+Z (Option+Z): Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z stay the editor's undo and redo. */
const isShortcut = (e: globalThis.KeyboardEvent) =>
  e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyZ';

/**
 * The undo-send toasts of the provider's outbox: a toast queue outside React, fed by the outbox and the running
 * send mutations, read with `useSyncExternalStore`, with prop bags for the region and each toast.
 */
export function useUndoToasts(options: UseUndoToastsOptions = {}): UndoToastsBehaviour {
  const { now = Date.now, shortcut = true, timeouts } = options;
  const outbox = useSendOutbox();
  const queryClient = useContext(QueryClientContext);
  const [ownQueue] = useState(() => createToastQueue<UndoToastContent>({ now }));
  const queue = options.queue ?? ownQueue;
  const controller = useRef<UndoToastController | null>(null);
  const onReopen = useRef(options.onReopen);
  useLayoutEffect(() => {
    onReopen.current = options.onReopen;
  });
  const infoTimeout = timeouts?.info;
  const notSentTimeout = timeouts?.notSent;

  useEffect(() => {
    const bound = bindUndoToasts({
      outbox,
      queue,
      ...(queryClient ? { mutations: queryClient.getMutationCache() } : {}),
      onReopen: (draftId, toast) => onReopen.current?.(draftId, toast),
      timeouts: {
        ...(infoTimeout === undefined ? {} : { info: infoTimeout }),
        ...(notSentTimeout === undefined ? {} : { notSent: notSentTimeout }),
      },
    });
    controller.current = bound;
    return () => {
      bound.dispose();
      controller.current = null;
    };
  }, [outbox, queue, queryClient, infoTimeout, notSentTimeout]);

  const toasts = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);

  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;
  useEffect(() => {
    if (paused) queue.pauseAll();
    else queue.resumeAll();
  }, [paused, queue]);

  useEffect(() => {
    if (!shortcut) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (isShortcut(event) && controller.current?.undoLatest()) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcut]);

  // A focused button that goes away (Undo once pressed) leaves focus on its toast; a focused toast that goes away
  // sends focus back to where the user came from, instead of the start of the page.
  const region = useRef<HTMLElement | null>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const lastToast = useRef<string | null>(null);
  useLayoutEffect(() => {
    const node = region.current;
    if (!focused || !node) return;
    const active = node.ownerDocument.activeElement;
    if (active && node.contains(active)) return;
    const toast = Array.from(node.querySelectorAll<HTMLElement>('[data-toast-key]')).find(
      (el) => el.dataset.toastKey === lastToast.current,
    );
    if (toast) return toast.focus();
    setFocused(false);
    if (cameFrom.current?.isConnected) cameFrom.current.focus();
  }, [toasts, focused]);

  const undo = useCallback((key: string) => controller.current?.undo(key), []);
  const dismiss = useCallback((key: string) => controller.current?.dismiss(key), []);

  return {
    toasts,
    paused,
    now,
    reopens: options.onReopen !== undefined,
    undo,
    dismiss,
    regionProps: {
      ref: (node) => {
        region.current = node;
      },
      onPointerEnter: () => setHovered(true),
      onPointerLeave: () => setHovered(false),
      onFocus: (event: FocusEvent<HTMLElement>) => {
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
        const toast =
          event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-toast-key]') : null;
        lastToast.current = toast?.dataset.toastKey ?? null;
        setFocused(true);
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const to = event.relatedTarget;
        if (!(to instanceof Node) || !event.currentTarget.contains(to)) setFocused(false);
      },
    },
    toastProps: (key) => ({
      'data-toast-key': key,
      // `u` undoes the focused toast; a plain letter is safe here because a toast holds no text field.
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== 'u') return;
        event.preventDefault();
        controller.current?.undo(key);
      },
    }),
  };
}
