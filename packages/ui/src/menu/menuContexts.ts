// What the menu's parts share: the button's state (light, there from the start) and, once the menu's chunk has
// arrived, the open menu's behaviour.
import { createContext, useContext } from 'react';
import type { MenuApi } from './useMenu';
import type { MenuTrigger } from './useMenuTrigger';

export const MenuTriggerContext = createContext<MenuTrigger | null>(null);
export const MenuApiContext = createContext<MenuApi | null>(null);
export const RadioContext = createContext<{ value: string; onValueChange: (value: string) => void } | null>(null);
export const CheckedContext = createContext(false);

function required<T>(value: T | null): T {
  if (!value) throw new Error('Menu parts must be inside <Menu.Root>.');
  return value;
}

export const useMenuTriggerContext = (): MenuTrigger => required(useContext(MenuTriggerContext));
export const useMenuApiContext = (): MenuApi => required(useContext(MenuApiContext));
