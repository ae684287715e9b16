// The toolbar's buttons as data: label, shortcut, pressed state and action. Toggles get aria-pressed.
import type { Editor } from '@tiptap/core';
import type { ToolbarState } from './useToolbarState';

export interface ToolbarItem {
  id: string;
  label: string;
  /** Text on the button (an icon glyph or short word); the accessible name is `label`. */
  glyph: string;
  /** Tiptap notation, e.g. "Mod-b". */
  shortcut?: string;
  /** Present for toggle buttons. */
  pressed?: (state: ToolbarState) => boolean;
  disabled?: (state: ToolbarState) => boolean;
  run: (editor: Editor) => void;
}

const richOnly = (state: ToolbarState) => state.plainText || !state.editable;

export const FORMAT_ITEMS: ToolbarItem[] = [
  {
    id: 'bold',
    label: 'Bold',
    glyph: 'B',
    shortcut: 'Mod-b',
    pressed: (s) => s.bold,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'Italic',
    glyph: 'I',
    shortcut: 'Mod-i',
    pressed: (s) => s.italic,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'underline',
    label: 'Underline',
    glyph: 'U',
    shortcut: 'Mod-u',
    pressed: (s) => s.underline,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  {
    id: 'strike',
    label: 'Strikethrough',
    glyph: 'S',
    shortcut: 'Mod-Shift-s',
    pressed: (s) => s.strike,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    id: 'heading',
    label: 'Heading',
    glyph: 'H',
    shortcut: 'Mod-Alt-2',
    pressed: (s) => s.heading === 2,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'subheading',
    label: 'Subheading',
    glyph: 'h',
    shortcut: 'Mod-Alt-3',
    pressed: (s) => s.heading === 3,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    id: 'bulletList',
    label: 'Bulleted list',
    glyph: '•',
    shortcut: 'Mod-Shift-8',
    pressed: (s) => s.bulletList,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'Numbered list',
    glyph: '#',
    shortcut: 'Mod-Shift-7',
    pressed: (s) => s.orderedList,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'blockquote',
    label: 'Quote',
    glyph: '❝',
    shortcut: 'Mod-Shift-b',
    pressed: (s) => s.blockquote,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  {
    id: 'alignLeft',
    label: 'Align left',
    glyph: '⇤',
    shortcut: 'Mod-Shift-l',
    pressed: (s) => s.align === 'left',
    disabled: richOnly,
    run: (e) => e.chain().focus().setTextAlign('left').run(),
  },
  {
    id: 'alignCenter',
    label: 'Center',
    glyph: '↔',
    shortcut: 'Mod-Shift-e',
    pressed: (s) => s.align === 'center',
    disabled: richOnly,
    run: (e) => e.chain().focus().setTextAlign('center').run(),
  },
  {
    id: 'alignRight',
    label: 'Align right',
    glyph: '⇥',
    shortcut: 'Mod-Shift-r',
    pressed: (s) => s.align === 'right',
    disabled: richOnly,
    run: (e) => e.chain().focus().setTextAlign('right').run(),
  },
  {
    id: 'clear',
    label: 'Clear formatting',
    glyph: '⊘',
    disabled: richOnly,
    run: (e) => e.chain().focus().unsetAllMarks().clearNodes().unsetTextAlign().run(),
  },
];

export const HISTORY_ITEMS: ToolbarItem[] = [
  {
    id: 'undo',
    label: 'Undo',
    glyph: '↶',
    shortcut: 'Mod-z',
    disabled: (s) => !s.canUndo,
    run: (e) => e.chain().focus().undo().run(),
  },
  {
    id: 'redo',
    label: 'Redo',
    glyph: '↷',
    shortcut: 'Mod-Shift-z',
    disabled: (s) => !s.canRedo,
    run: (e) => e.chain().focus().redo().run(),
  },
];
