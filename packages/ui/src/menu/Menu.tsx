import {
  createContext,
  useContext,
  useState,
  type ComponentPropsWithRef,
  type FocusEvent,
  type ReactNode,
} from 'react';
import { WidgetStyles } from '../theme/WidgetStyles';
import { menuStyles } from './menuStyles';
import { useMenu, type MenuApi, type MenuItemOptions } from './useMenu';
import { useMenuState, type UseMenuStateOptions } from './useMenuState';

const MenuContext = createContext<MenuApi | null>(null);
const RadioContext = createContext<{ value: string; onValueChange: (value: string) => void } | null>(null);
const CheckedContext = createContext(false);

function useMenuContext(): MenuApi {
  const api = useContext(MenuContext);
  if (!api) throw new Error('Menu parts must be inside <Menu.Root>.');
  return api;
}

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
  const api = useMenu(state, { onReturnFocus });
  return (
    <MenuContext value={api}>
      <WidgetStyles id="menu" css={menuStyles} />
      <span {...rest} className={cx('ink-menu-root', className)} data-state={api.open ? 'open' : 'closed'}>
        {children}
      </span>
    </MenuContext>
  );
}

/** The button that opens the menu; give it an accessible name. @selector [data-state="open|closed"] */
function Trigger({ disabled, onKeyDown, onClick, className, ...rest }: ComponentPropsWithRef<'button'>) {
  const api = useMenuContext();
  const props = api.getTriggerProps(disabled);
  return (
    <button
      {...rest}
      {...props}
      className={cx('ink-menu-trigger', className)}
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

export interface MenuContentProps extends ComponentPropsWithRef<'div'> {
  /** Above or below the trigger. @default 'bottom' */
  side?: 'top' | 'bottom';
  /** Aligned to the trigger's inline start or end (mirrored right to left). @default 'start' */
  align?: 'start' | 'end';
}

/** The menu itself (role menu), rendered only while open. @selector [data-side] [data-align] [data-state="open"] */
function Content({ side = 'bottom', align = 'start', className, ...rest }: MenuContentProps) {
  const api = useMenuContext();
  if (!api.open) return null;
  const props = api.getContentProps();
  return (
    <div
      {...rest}
      {...props}
      // A name given by the host wins over the trigger's.
      aria-labelledby={
        rest['aria-label'] ? rest['aria-labelledby'] : (rest['aria-labelledby'] ?? props['aria-labelledby'])
      }
      className={cx('ink-menu-content', className)}
      data-side={side}
      data-align={align}
    />
  );
}

type ItemBase = Omit<ComponentPropsWithRef<'div'>, 'onSelect'> & Omit<MenuItemOptions, 'keepOpenOnSpace'>;

/** Highlight follows focus, as keyboard and pointer both move focus onto items. */
function useHighlight() {
  const [highlighted, setHighlighted] = useState(false);
  return {
    'data-highlighted': highlighted ? '' : undefined,
    onFocus: (event: FocusEvent<HTMLElement>) => {
      if (event.target === event.currentTarget) setHighlighted(true);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (event.target === event.currentTarget) setHighlighted(false);
    },
  };
}

/** A command. @selector [data-highlighted] [data-disabled] */
function Item({ disabled, onSelect, className, ...rest }: ItemBase) {
  const api = useMenuContext();
  return (
    <div
      {...rest}
      {...api.getItemProps({ disabled, onSelect })}
      {...useHighlight()}
      role="menuitem"
      className={cx('ink-menu-item', className)}
    />
  );
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

interface CheckableProps extends ItemBase {
  role: 'menuitemradio' | 'menuitemcheckbox';
  checked: boolean;
  onToggle: () => void;
}

/** What radio and checkbox items share: `aria-checked`, Space keeps the menu open, the indicator's context. */
function Checkable({ role, checked, onToggle, disabled, onSelect, className, children, ...rest }: CheckableProps) {
  const api = useMenuContext();
  return (
    <div
      {...rest}
      {...api.getItemProps({
        disabled,
        keepOpenOnSpace: true,
        onSelect: (event) => {
          onSelect?.(event);
          onToggle();
        },
      })}
      {...useHighlight()}
      role={role}
      aria-checked={checked}
      data-state={checked ? 'checked' : 'unchecked'}
      className={cx('ink-menu-item', className)}
    >
      <CheckedContext value={checked}>{children}</CheckedContext>
    </div>
  );
}

/** One choice of a `RadioGroup`. @selector [data-state="checked|unchecked"] [data-highlighted] */
function RadioItem({ value, ...rest }: ItemBase & { value: string }) {
  const group = useContext(RadioContext);
  return (
    <Checkable
      {...rest}
      role="menuitemradio"
      checked={group?.value === value}
      onToggle={() => group?.onValueChange(value)}
    />
  );
}

export interface MenuCheckboxItemProps extends ItemBase {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/** An on/off option. @selector [data-state="checked|unchecked"] [data-highlighted] */
function CheckboxItem({ checked, onCheckedChange, ...rest }: MenuCheckboxItemProps) {
  return <Checkable {...rest} role="menuitemcheckbox" checked={checked} onToggle={() => onCheckedChange(!checked)} />;
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
