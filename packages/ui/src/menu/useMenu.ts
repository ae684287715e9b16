// The menu of a menu button (WAI-ARIA APG "menu button") once open: its items take focus in turn (arrow keys,
// Home/End, typeahead); Enter or Space runs one; Escape closes and returns to the button; Tab closes and moves on; a
// press outside closes. useMenu is the whole menu button in one hook; the compound Menu loads this part on first open.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefCallback,
} from 'react';
import { useMenuTrigger, type MenuTrigger, type UseMenuOptions } from './useMenuTrigger';
import type { MenuState } from './useMenuState';

export type { UseMenuOptions } from './useMenuTrigger';

export interface MenuItemOptions {
  disabled?: boolean | undefined;
  /** Runs the item; `event.preventDefault()` keeps the menu open. */
  onSelect?: ((event: Event) => void) | undefined;
  /** Space runs the item but leaves the menu open (checkbox and radio items, as the APG allows). */
  keepOpenOnSpace?: boolean | undefined;
}

const TYPEAHEAD_MS = 500;

/** A menu button's whole behaviour: the button (useMenuTrigger) and its menu. */
export function useMenu(state: MenuState, options: UseMenuOptions = {}) {
  return useMenuContent(useMenuTrigger(state, options));
}

/** The open menu's behaviour, for a button made by useMenuTrigger. */
export function useMenuContent(menu: MenuTrigger) {
  const { open, close, items, focusFrom, trigger, content, focusTarget, contentId, triggerId } = menu;
  const typeahead = useRef({ text: '', at: 0 });
  const typing = (timeStamp: number) =>
    typeahead.current.text !== '' && timeStamp - typeahead.current.at < TYPEAHEAD_MS;

  // The content mounts with the open state: focus goes in before the browser paints.
  useLayoutEffect(() => {
    if (!open) return;
    focusFrom(focusTarget.current);
    focusTarget.current = 'first';
    // focusFrom reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && (content.current?.contains(target) || trigger.current?.contains(target))) return;
      close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, close, content, trigger]);

  const select = (event: MouseEvent | KeyboardEvent, options: MenuItemOptions, keepOpen = false) => {
    if (options.disabled) return;
    const selectEvent = new Event('menu.select', { cancelable: true });
    options.onSelect?.(selectEvent);
    if (!selectEvent.defaultPrevented && !keepOpen) close(true);
    event.preventDefault();
  };

  const onContentKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const list = items();
    const current = list.indexOf(document.activeElement as HTMLElement);
    // Keys the menu uses stop here, so that the widget around it (a chip, a list) does not act on them too.
    const at = (index: number) => {
      event.stopPropagation();
      list[(index + list.length) % list.length]?.focus();
    };
    if (event.key.length > 1) typeahead.current = { text: '', at: 0 };
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        return at(current + 1);
      case 'ArrowUp':
        event.preventDefault();
        return at(current < 0 ? -1 : current - 1);
      case 'Home':
      case 'PageUp':
        event.preventDefault();
        return at(0);
      case 'End':
      case 'PageDown':
        event.preventDefault();
        return at(-1);
      case 'Escape':
        // The window behind would minimise on Escape: the menu's Escape ends here.
        event.preventDefault();
        event.stopPropagation();
        return close(true);
      case 'Tab':
        // From the button, the browser's own Tab moves to the next (or previous) control.
        trigger.current?.focus();
        return close(false);
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          if (event.key === ' ' && !typing(event.timeStamp)) return;
          event.preventDefault();
          event.stopPropagation();
          const now = event.timeStamp;
          const text = (typing(now) ? typeahead.current.text : '') + event.key;
          typeahead.current = { text: text.toLowerCase(), at: now };
          const query = typeahead.current.text;
          // A repeated letter cycles through the items starting with it.
          const cycling = query.length > 1 && [...query].every((c) => c === query[0]);
          const needle = cycling ? query[0]! : query;
          const start = cycling || query.length === 1 ? current + 1 : Math.max(current, 0);
          for (let step = 0; step < list.length; step++) {
            const item = list[(start + step) % list.length];
            if (item?.textContent?.trim().toLowerCase().startsWith(needle)) return item.focus();
          }
        }
    }
  };

  return {
    ...menu,
    getContentProps: () => ({
      id: contentId,
      role: 'menu' as const,
      tabIndex: -1,
      'aria-labelledby': triggerId,
      'aria-orientation': 'vertical' as const,
      'data-state': 'open' as const,
      ref: ((element: HTMLElement | null) => {
        content.current = element;
      }) as RefCallback<HTMLDivElement>,
      onKeyDown: onContentKeyDown,
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const next = event.relatedTarget as Node | null;
        // Focus sent elsewhere (not by a press, which the outside listener handles) closes the menu.
        if (next && !content.current?.contains(next) && !trigger.current?.contains(next)) close(false);
      },
    }),
    getItemProps: (options: MenuItemOptions) => ({
      tabIndex: -1,
      'aria-disabled': options.disabled || undefined,
      'data-disabled': options.disabled ? '' : undefined,
      onClick: (event: MouseEvent<HTMLElement>) => select(event, options),
      onPointerMove: (event: MouseEvent<HTMLElement>) => {
        if (!options.disabled && document.activeElement !== event.currentTarget) event.currentTarget.focus();
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.key === 'Enter') select(event, options);
        else if (event.key === ' ' && !typing(event.timeStamp)) {
          select(event, options, options.keepOpenOnSpace);
        }
      },
    }),
  };
}

export type MenuApi = ReturnType<typeof useMenu>;
