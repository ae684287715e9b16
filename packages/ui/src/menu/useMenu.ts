// Behaviour of a menu button (WAI-ARIA APG "menu button"): the button opens a role=menu whose items take focus in
// turn (arrow keys, Home/End, typeahead); Enter or Space runs one; Escape closes and returns to the button; Tab
// closes and moves on; a press outside closes.
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefCallback,
} from 'react';
import type { MenuState } from './useMenuState';

export interface UseMenuOptions {
  /**
   * Where focus goes when the menu closes by Escape or by running an item; default the button. Hosts whose button is
   * not in the tab order (a chip's menu) send it to the element the user came from.
   */
  onReturnFocus?: (() => void) | undefined;
}

export interface MenuItemOptions {
  disabled?: boolean | undefined;
  /** Runs the item; `event.preventDefault()` keeps the menu open. */
  onSelect?: ((event: Event) => void) | undefined;
  /** Space runs the item but leaves the menu open (checkbox and radio items, as the APG allows). */
  keepOpenOnSpace?: boolean | undefined;
}

const ITEMS = '[role="menuitem"],[role="menuitemradio"],[role="menuitemcheckbox"]';
const TYPEAHEAD_MS = 500;

type FocusTarget = 'first' | 'last' | 'content';

export function useMenu(state: MenuState, { onReturnFocus }: UseMenuOptions = {}) {
  const { open, setOpen } = state;
  const triggerId = useId();
  const contentId = useId();
  const trigger = useRef<HTMLElement | null>(null);
  const content = useRef<HTMLElement | null>(null);
  const focusTarget = useRef<FocusTarget>('first');
  const typeahead = useRef({ text: '', at: 0 });
  const typing = (timeStamp: number) =>
    typeahead.current.text !== '' && timeStamp - typeahead.current.at < TYPEAHEAD_MS;
  const returnFocus = useRef(onReturnFocus);
  returnFocus.current = onReturnFocus;

  const items = () =>
    Array.from(content.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []).filter(
      (item) => item.getAttribute('aria-disabled') !== 'true',
    );

  const close = useCallback(
    (refocus: boolean) => {
      setOpen(false);
      if (!refocus) return;
      if (returnFocus.current) returnFocus.current();
      else trigger.current?.focus();
    },
    [setOpen],
  );

  const show = (target: FocusTarget) => {
    focusTarget.current = target;
    if (open) focusFrom(target);
    else setOpen(true);
  };

  const focusFrom = (target: FocusTarget) => {
    const list = items();
    if (target === 'content' || list.length === 0) content.current?.focus();
    else (target === 'first' ? list[0] : list[list.length - 1])?.focus();
  };

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
  }, [open, close]);

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
    open,
    close,
    getTriggerProps: (disabled?: boolean) => ({
      id: triggerId,
      type: 'button' as const,
      disabled,
      'aria-haspopup': 'menu' as const,
      'aria-expanded': open,
      'aria-controls': open ? contentId : undefined,
      'data-state': open ? ('open' as const) : ('closed' as const),
      ref: ((element: HTMLElement | null) => {
        trigger.current = element;
      }) as RefCallback<HTMLButtonElement>,
      onClick: () => (open ? close(false) : show('content')),
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        const modified = event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;
        if (modified) return;
        if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          event.stopPropagation();
          show(event.key === 'ArrowUp' ? 'last' : 'first');
        }
      },
    }),
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
