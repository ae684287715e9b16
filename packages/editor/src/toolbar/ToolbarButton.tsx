import type { Editor } from '@tiptap/core';
import type { IconComponent } from '../icon/lucideIcon';
import type { RovingTabIndex } from './useRovingTabIndex';
import { ariaKeyShortcut, displayShortcut } from './shortcutLabels';

interface Props {
  editor: Editor;
  label: string;
  icon: IconComponent;
  shortcut?: string | undefined;
  pressed?: boolean | undefined;
  disabled?: boolean | undefined;
  /** The first button of a group draws the separator before it. */
  groupStart?: boolean;
  roving: ReturnType<RovingTabIndex['getItemProps']>;
  onClick: (editor: Editor) => void;
}

export function ToolbarButton({
  editor,
  label,
  icon: Icon,
  shortcut,
  pressed,
  disabled,
  groupStart,
  roving,
  onClick,
}: Props) {
  const hint = shortcut ? `${label} (${displayShortcut(shortcut)})` : label;
  return (
    <button
      type="button"
      className="inkwell-toolbar-button"
      aria-label={label}
      // A visual tooltip on hover and keyboard focus; the name and shortcut reach assistive technology through
      // aria-label and aria-keyshortcuts.
      data-tooltip={hint}
      data-group-start={groupStart ? '' : undefined}
      aria-keyshortcuts={shortcut ? ariaKeyShortcut(shortcut) : undefined}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      data-state={pressed === undefined ? undefined : pressed ? 'on' : 'off'}
      // Keep the editor's selection: a mousedown on the button would otherwise blur it first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onClick(editor);
      }}
      {...roving}
    >
      <Icon aria-hidden="true" focusable="false" size={16} strokeWidth={2} />
    </button>
  );
}
