export {
  Menu,
  type MenuRootProps,
  type MenuContentProps,
  type MenuRadioGroupProps,
  type MenuCheckboxItemProps,
} from './Menu';
export { useMenu, type MenuApi, type MenuItemOptions, type UseMenuOptions } from './useMenu';
export { useMenuState, type MenuState, type UseMenuStateOptions } from './useMenuState';
