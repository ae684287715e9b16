// A menu button and its menu (WAI-ARIA APG), with no positioning or focus library. The button is here from the
// start; the open menu's behaviour and its items are a chunk (menuParts) loaded when the pointer or focus reaches a
// button, or at the latest on the first open. A menu that cannot load says so under its button, with Try again.
import { createLazyModule } from '@inkwell/compose-core';
import { useLazyModule } from '@inkwell/editor';
import { useContext, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { WidgetStyles } from '../theme/WidgetStyles';
import { CheckedContext, MenuTriggerContext, RadioContext, useMenuTriggerContext } from './menuContexts';
import { menuMessages } from './menuMessages';
import type * as parts from './menuParts';
import type { ItemProps, MenuCheckboxItemProps, MenuContentProps } from './menuParts';
import { menuStyles } from './menuStyles';
import { useMenuState, type UseMenuStateOptions } from './useMenuState';
import { useMenuTrigger } from './useMenuTrigger';

export type { MenuCheckboxItemProps, MenuContentProps } from './menuParts';

const menuParts = createLazyModule<typeof parts>(() => import('./menuParts'), {
  what: 'The menu',
  loader: 'loadMenu',
});

/** Loads the menus' chunk; resolves when it is there (test setups, and hosts that want it before the first open). */
export const loadMenu = (): Promise<typeof parts> => menuParts.load();
const preloadMenu = (): void => void menuParts.load().catch(() => undefined);

const cx = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

export interface MenuRootProps extends UseMenuStateOptions, ComponentPropsWithRef<'span'> {
  /** Where focus goes when the menu closes by Escape or an item; default the trigger. */
  onReturnFocus?: () => void;
}

/**
 * A menu button and its menu. The wrapper is the positioning context of the content.
 * @selector [data-state="open|closed"]
 */
function Root({ open, defaultOpen, onOpenChange, onReturnFocus, className, children, ...rest }: MenuRootProps) {
  const state = useMenuState({ open, defaultOpen, onOpenChange });
  const menu = useMenuTrigger(state, { onReturnFocus });
  return (
    <MenuTriggerContext value={menu}>
      <WidgetStyles id="menu" css={menuStyles} />
      <span {...rest} className={cx('ink-menu-root', className)} data-state={menu.open ? 'open' : 'closed'}>
        {children}
      </span>
    </MenuTriggerContext>
  );
}

/** The button that opens the menu; give it an accessible name. @selector [data-state="open|closed"] */
function Trigger({
  disabled,
  onKeyDown,
  onClick,
  onPointerEnter,
  onFocus,
  className,
  ...rest
}: ComponentPropsWithRef<'button'>) {
  const menu = useMenuTriggerContext();
  const props = menu.getTriggerProps(disabled);
  return (
    <button
      {...rest}
      {...props}
      className={cx('ink-menu-trigger', className)}
      onPointerEnter={(event) => {
        onPointerEnter?.(event);
        preloadMenu();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        preloadMenu();
      }}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) props.onClick();
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (!event.defaultPrevented) props.onKeyDown(event);
      }}
    />
  );
}

/** The menu itself (role menu), rendered only while open. @selector [data-side] [data-align] [data-state="open"] */
function Content({ side = 'bottom', align = 'start', className, ...rest }: MenuContentProps) {
  const menu = useMenuTriggerContext();
  const t = useMessages(menuMessages);
  const { value: loaded, failed, retry } = useLazyModule(menuParts, menu.open);
  if (!menu.open) return null;
  if (loaded) return <loaded.OpenMenu {...rest} menu={menu} side={side} align={align} className={className} />;
  if (!failed) return null;
  return (
    <div role="alert" className={cx('ink-menu-content', className)} data-side={side} data-align={align}>
      {t('menu.loadFailed')}{' '}
      <button type="button" className="ink-menu-retry" onClick={retry}>
        {t('menu.loadRetry')}
      </button>
    </div>
  );
}

// Items render only inside an open menu, so the chunk is there when they do.
function Item(props: ItemProps) {
  const loaded = menuParts.loaded();
  return loaded ? <loaded.Item {...props} /> : null;
}

/** One choice of a `RadioGroup`. @selector [data-state="checked|unchecked"] [data-highlighted] */
function RadioItem(props: ItemProps & { value: string }) {
  const loaded = menuParts.loaded();
  return loaded ? <loaded.RadioItem {...props} /> : null;
}

/** An on/off option. @selector [data-state="checked|unchecked"] [data-highlighted] */
function CheckboxItem(props: MenuCheckboxItemProps) {
  const loaded = menuParts.loaded();
  return loaded ? <loaded.CheckboxItem {...props} /> : null;
}

export interface MenuRadioGroupProps extends ComponentPropsWithRef<'div'> {
  value: string;
  onValueChange: (value: string) => void;
}

/** A set of `RadioItem`s of which one is checked; name it with `aria-label` or `aria-labelledby`. */
function RadioGroup({ value, onValueChange, className, ...rest }: MenuRadioGroupProps) {
  return (
    <RadioContext value={{ value, onValueChange }}>
      <div role="group" {...rest} className={cx('ink-menu-group', className)} />
    </RadioContext>
  );
}

/** Renders its children only when the radio or checkbox item around it is checked. */
function ItemIndicator({ children }: { children?: ReactNode }) {
  return useContext(CheckedContext) ? children : null;
}

function Separator({ className, ...rest }: ComponentPropsWithRef<'div'>) {
  return <div role="separator" {...rest} className={cx('ink-menu-separator', className)} />;
}

/** A heading inside the menu (not focusable); point a `RadioGroup`'s `aria-labelledby` at its `id`. */
function Label({ className, ...rest }: ComponentPropsWithRef<'div'>) {
  return <div {...rest} className={cx('ink-menu-label', className)} />;
}

/**
 * A menu button (WAI-ARIA APG), with no positioning or focus library: parts of one menu.
 * @example <Menu.Root><Menu.Trigger aria-label="More">…</Menu.Trigger><Menu.Content><Menu.Item onSelect={…}>…
 */
export const Menu = {
  Root,
  Trigger,
  Content,
  Item,
  RadioGroup,
  RadioItem,
  CheckboxItem,
  ItemIndicator,
  Separator,
  Label,
};
