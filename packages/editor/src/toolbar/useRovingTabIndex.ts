// Roving tabindex for a toolbar (WAI-ARIA APG): one item is in the tab order; arrow keys move between items
// (wrapping, mirrored right to left), Home and End jump to the ends. Disabled items stay focusable, as the APG recommends for toolbars.
import type { KeyboardEvent } from 'react';
import { useCallback, useRef, useState } from 'react';

export interface RovingTabIndex {
  getItemProps: (index: number) => {
    tabIndex: number;
    ref: (element: HTMLElement | null) => void;
    onFocus: () => void;
  };
  onKeyDown: (event: KeyboardEvent) => void;
}

export function useRovingTabIndex(count: number): RovingTabIndex {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, count - 1));

  const move = useCallback(
    (index: number) => {
      const next = (index + count) % count;
      setActive(next);
      items.current[next]?.focus();
    },
    [count],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      // Keys typed in a field inside the toolbar (the link URL) belong to the field.
      if (event.target instanceof HTMLInputElement) return;
      // Right to left, the arrows follow what the user sees: ArrowLeft moves to the next item.
      const step = getComputedStyle(event.currentTarget).direction === 'rtl' ? -1 : 1;
      const targets: Record<string, number> = {
        ArrowRight: current + step,
        ArrowLeft: current - step,
        Home: 0,
        End: count - 1,
      };
      const target = targets[event.key];
      if (target === undefined) return;
      event.preventDefault();
      move(target);
    },
    [count, current, move],
  );

  const getItemProps = useCallback(
    (index: number) => ({
      tabIndex: index === current ? 0 : -1,
      ref: (element: HTMLElement | null) => {
        items.current[index] = element;
      },
      onFocus: () => setActive(index),
    }),
    [current],
  );

  return { getItemProps, onKeyDown };
}
