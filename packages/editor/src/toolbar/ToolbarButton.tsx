import type { Editor } from '@tiptap/core';
import type { RovingTabIndex } from './useRovingTabIndex';
import { ariaKeyShortcut, displayShortcut } from './shortcutLabels';

interface Props {
  editor: Editor;
  label: string;
  glyph: string;
  shortcut?: string | undefined;
  pressed?: boolean | undefined;
  disabled?: boolean | undefined;
  roving: ReturnType<RovingTabIndex['getItemProps']>;
  onClick: (editor: Editor) => void;
}

export function ToolbarButton({ editor, label, glyph, shortcut, pressed, disabled, roving, onClick }: Props) {
  return (
    <button
      type="button"
      className="inkwell-toolbar-button"
      aria-label={label}
      title={shortcut ? `${label} (${displayShortcut(shortcut)})` : label}
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
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
