import { useCallback, useRef, useState } from 'react';

export interface UseMenuStateOptions {
  open?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
}

export interface MenuState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/** Open or closed, controlled (`open` + `onOpenChange`) or not (`defaultOpen`); changes are always reported. */
export function useMenuState({ open, defaultOpen = false, onOpenChange }: UseMenuStateOptions = {}): MenuState {
  const [own, setOwn] = useState(defaultOpen);
  const controlled = open !== undefined;
  const latest = useRef(onOpenChange);
  latest.current = onOpenChange;
  const setOpen = useCallback(
    (next: boolean) => {
      if (!controlled) setOwn(next);
      latest.current?.(next);
    },
    [controlled],
  );
  return { open: controlled ? open : own, setOpen };
}
