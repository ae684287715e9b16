import { useEffect, type RefObject } from 'react';

/**
 * Focuses the first `selector` match inside `container` once it exists (the composer mounts after the draft loads),
 * each time `trigger` changes to a defined value. Gives up as soon as the user focused something else.
 */
export function useFocusWhenReady(container: RefObject<HTMLElement | null>, trigger: unknown, selector: string): void {
  useEffect(() => {
    const root = container.current;
    if (trigger === undefined || !root) return;
    const started = document.activeElement;
    const tryFocus = () => {
      if (document.activeElement !== started && root.contains(document.activeElement)) return true;
      const target = root.querySelector<HTMLElement>(selector);
      if (!target) return false;
      target.focus();
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    return () => observer.disconnect();
  }, [container, trigger, selector]);
}
