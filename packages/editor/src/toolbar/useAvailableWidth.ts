import { useLayoutEffect, useState, type RefObject } from 'react';

/** The element's content width, kept current with a ResizeObserver; 0 where there is no layout. Measured once before
 * the first paint too, so the toolbar never shows a frame of buttons that do not fit. */
export function useAvailableWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const style = getComputedStyle(element);
    const content = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (content > 0) setWidth(Math.floor(content));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
