export {
  Menu,
  type MenuRootProps,
  type MenuContentProps,
  type MenuRadioGroupProps,
  type MenuCheckboxItemProps,
  loadMenu,
} from './Menu';
export { useMenu, useMenuContent, type MenuApi, type MenuItemOptions, type UseMenuOptions } from './useMenu';
export { useMenuTrigger, type MenuTrigger } from './useMenuTrigger';
export { menuMessages, type MenuMessageKey } from './menuMessages';
export { useMenuState, type MenuState, type UseMenuStateOptions } from './useMenuState';
