// The part of a menu button that exists before the menu is first opened: its ids, the open state, the button's
// props and keys, and where focus goes. The rest (the menu's keys, typeahead, items) is useMenuContent, which the
// compound Menu loads with the menu's chunk on first open.
import { useCallback, useId, useRef, type KeyboardEvent, type RefCallback } from 'react';
import type { MenuState } from './useMenuState';

export interface UseMenuOptions {
  /**
   * Where focus goes when the menu closes by Escape or by running an item; default the button. Hosts whose button is
   * not in the tab order (a chip's menu) send it to the element the user came from.
   */
  onReturnFocus?: (() => void) | undefined;
}

export type FocusTarget = 'first' | 'last' | 'content';

export const MENU_ITEMS = '[role="menuitem"],[role="menuitemradio"],[role="menuitemcheckbox"]';

export function useMenuTrigger(state: MenuState, { onReturnFocus }: UseMenuOptions = {}) {
  const { open, setOpen } = state;
  const triggerId = useId();
  const contentId = useId();
  const trigger = useRef<HTMLElement | null>(null);
  const content = useRef<HTMLElement | null>(null);
  const focusTarget = useRef<FocusTarget>('first');
  const returnFocus = useRef(onReturnFocus);
  returnFocus.current = onReturnFocus;

  const items = () =>
    Array.from(content.current?.querySelectorAll<HTMLElement>(MENU_ITEMS) ?? []).filter(
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

  const focusFrom = (target: FocusTarget) => {
    const list = items();
    if (target === 'content' || list.length === 0) content.current?.focus();
    else (target === 'first' ? list[0] : list[list.length - 1])?.focus();
  };

  const show = (target: FocusTarget) => {
    focusTarget.current = target;
    if (open) focusFrom(target);
    else setOpen(true);
  };

  return {
    open,
    close,
    items,
    focusFrom,
    triggerId,
    contentId,
    trigger,
    content,
    focusTarget,
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
  };
}

export type MenuTrigger = ReturnType<typeof useMenuTrigger>;
