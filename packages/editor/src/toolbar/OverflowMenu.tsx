// "More formatting": the toolbar items that do not fit, as a menu button (WAI-ARIA APG menu button). Arrow keys
// move, Enter or Space runs, Escape and Tab close; focus returns to the button.
import type { Editor } from '@tiptap/core';
import { MoreHorizontal } from 'lucide';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { lucideIcon, type IconComponent } from '../icon/lucideIcon';
import type { RovingTabIndex } from './useRovingTabIndex';

const MoreIcon = lucideIcon('ellipsis', MoreHorizontal);

export interface OverflowEntry {
  id: string;
  label: string;
  icon: IconComponent;
  pressed?: boolean | undefined;
  disabled?: boolean | undefined;
  run: (editor: Editor) => void;
}

interface Props {
  editor: Editor;
  label: string;
  entries: readonly OverflowEntry[];
  roving: ReturnType<RovingTabIndex['getItemProps']>;
}

export function OverflowMenu({ editor, label, entries, roving }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement | null>(null);
  const items = useRef<(HTMLElement | null)[]>([]);

  const focusItem = (index: number) => items.current[(index + entries.length) % entries.length]?.focus();
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const openAt = (index: number) => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(index));
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const current = items.current.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: entries.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <span className="inkwell-toolbar-more" data-state={open ? 'open' : 'closed'}>
      <button
        type="button"
        className="inkwell-toolbar-button"
        aria-label={label}
        data-tooltip={label}
        data-group-start=""
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            event.stopPropagation();
            openAt(event.key === 'ArrowDown' ? 0 : entries.length - 1);
          }
        }}
        {...roving}
        ref={(element) => {
          button.current = element;
          roving.ref(element);
        }}
      >
        <MoreIcon aria-hidden="true" focusable="false" size={16} />
      </button>
      {open ? (
        <div id={menuId} role="menu" aria-label={label} className="inkwell-toolbar-menu" onKeyDown={onMenuKeyDown}>
          {entries.map((entry, index) => {
            const Icon = entry.icon;
            return (
              <div
                key={entry.id}
                ref={(element) => {
                  items.current[index] = element;
                }}
                role={entry.pressed === undefined ? 'menuitem' : 'menuitemcheckbox'}
                aria-checked={entry.pressed}
                aria-disabled={entry.disabled || undefined}
                tabIndex={-1}
                className="inkwell-toolbar-menuitem"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (entry.disabled) return;
                  close(false);
                  entry.run(editor);
                }}
                onKeyDown={(event) => {
                  if ((event.key === 'Enter' || event.key === ' ') && !entry.disabled) {
                    event.preventDefault();
                    close(false);
                    entry.run(editor);
                  }
                }}
              >
                <Icon aria-hidden="true" focusable="false" size={16} />
                <span>{entry.label}</span>
              </div>
            );
          })}
        </div>
      ) : null}
    </span>
  );
}
