// The toolbar's buttons as data: id (label and icon key), group, shortcut, pressed state and action. Toggles get aria-pressed.
import type { Editor } from '@tiptap/core';
import type { EditorMessages } from '../messages/editorMessages';
import type { ToolbarState } from './useToolbarState';

export type ToolbarItemId = keyof EditorMessages;

export interface ToolbarItem {
  /** Also the key of its label in the editor's messages and of its icon. */
  id: ToolbarItemId;
  /** Items of one group stay together and are separated from the next group. */
  group: 'text' | 'blocks' | 'align' | 'clear' | 'insert' | 'history' | 'mode';
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
    group: 'text',
    shortcut: 'Mod-b',
    pressed: (s) => s.bold,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    group: 'text',
    shortcut: 'Mod-i',
    pressed: (s) => s.italic,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'underline',
    group: 'text',
    shortcut: 'Mod-u',
    pressed: (s) => s.underline,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  {
    id: 'strike',
    group: 'text',
    shortcut: 'Mod-Shift-s',
    pressed: (s) => s.strike,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    id: 'heading',
    group: 'blocks',
    shortcut: 'Mod-Alt-2',
    pressed: (s) => s.heading === 2,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'subheading',
    group: 'blocks',
    shortcut: 'Mod-Alt-3',
    pressed: (s) => s.heading === 3,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    id: 'bulletList',
    group: 'blocks',
    shortcut: 'Mod-Shift-8',
    pressed: (s) => s.bulletList,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    group: 'blocks',
    shortcut: 'Mod-Shift-7',
    pressed: (s) => s.orderedList,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'blockquote',
    group: 'blocks',
    shortcut: 'Mod-Shift-b',
    pressed: (s) => s.blockquote,
    disabled: richOnly,
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  {
    id: 'alignLeft',
    group: 'align',
    shortcut: 'Mod-Shift-l',
    pressed: (s) => s.align === 'left',
    disabled: richOnly,
    run: (e) => e.chain().focus().setTextAlign('left').run(),
  },
  {
    id: 'alignCenter',
    group: 'align',
    shortcut: 'Mod-Shift-e',
    pressed: (s) => s.align === 'center',
    disabled: richOnly,
    run: (e) => e.chain().focus().setTextAlign('center').run(),
  },
  {
    id: 'alignRight',
    group: 'align',
    shortcut: 'Mod-Shift-r',
    pressed: (s) => s.align === 'right',
    disabled: richOnly,
    run: (e) => e.chain().focus().setTextAlign('right').run(),
  },
  {
    id: 'clear',
    group: 'clear',
    disabled: richOnly,
    run: (e) => e.chain().focus().unsetAllMarks().clearNodes().unsetTextAlign().run(),
  },
];

export const HISTORY_ITEMS: ToolbarItem[] = [
  {
    id: 'undo',
    group: 'history',
    shortcut: 'Mod-z',
    disabled: (s) => !s.canUndo,
    run: (e) => e.chain().focus().undo().run(),
  },
  {
    id: 'redo',
    group: 'history',
    shortcut: 'Mod-Shift-z',
    disabled: (s) => !s.canRedo,
    run: (e) => e.chain().focus().redo().run(),
  },
];
