// The open menu and its items: a chunk of its own in an app, loaded on the first open (or when the pointer or focus
// reaches the button), so a window with menus does not ship their behaviour up front.
import { useContext, useState, type ComponentPropsWithRef, type FocusEvent } from 'react';
import { CheckedContext, MenuApiContext, RadioContext, useMenuApiContext } from './menuContexts';
import { useMenuContent, type MenuItemOptions } from './useMenu';
import type { MenuTrigger } from './useMenuTrigger';

const cx = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

export interface MenuContentProps extends ComponentPropsWithRef<'div'> {
  /** Above or below the trigger. @default 'bottom' */
  side?: 'top' | 'bottom';
  /** Aligned to the trigger's inline start or end (mirrored right to left). @default 'start' */
  align?: 'start' | 'end';
}

export function OpenMenu({
  menu,
  side = 'bottom',
  align = 'start',
  className,
  ...rest
}: MenuContentProps & { menu: MenuTrigger }) {
  const api = useMenuContent(menu);
  const props = api.getContentProps();
  return (
    <MenuApiContext value={api}>
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
    </MenuApiContext>
  );
}

export type ItemProps = Omit<ComponentPropsWithRef<'div'>, 'onSelect'> & Omit<MenuItemOptions, 'keepOpenOnSpace'>;

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

export function Item({ disabled, onSelect, className, ...rest }: ItemProps) {
  const api = useMenuApiContext();
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

interface CheckableProps extends ItemProps {
  role: 'menuitemradio' | 'menuitemcheckbox';
  checked: boolean;
  onToggle: () => void;
}

/** What radio and checkbox items share: `aria-checked`, Space keeps the menu open, the indicator's context. */
function Checkable({ role, checked, onToggle, disabled, onSelect, className, children, ...rest }: CheckableProps) {
  const api = useMenuApiContext();
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

export function RadioItem({ value, ...rest }: ItemProps & { value: string }) {
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

export interface MenuCheckboxItemProps extends ItemProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

export function CheckboxItem({ checked, onCheckedChange, ...rest }: MenuCheckboxItemProps) {
  return <Checkable {...rest} role="menuitemcheckbox" checked={checked} onToggle={() => onCheckedChange(!checked)} />;
}
