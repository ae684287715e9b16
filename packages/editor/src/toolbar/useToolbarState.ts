// The toolbar's view of the editor, through a selector: it re-renders only when one of these
// values changes, not on every transaction (typing a letter changes none of them).
import type { Editor } from '@tiptap/core';
import { useEditorSelector } from '../react/useEditorSelector';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  linkHref: string;
  heading: 0 | 2 | 3;
  align: 'left' | 'center' | 'right';
  canUndo: boolean;
  canRedo: boolean;
  plainText: boolean;
  editable: boolean;
}

export function selectToolbarState(editor: Editor): ToolbarState {
  const heading = editor.isActive('heading', { level: 2 }) ? 2 : editor.isActive('heading', { level: 3 }) ? 3 : 0;
  const align = editor.isActive({ textAlign: 'center' })
    ? 'center'
    : editor.isActive({ textAlign: 'right' })
      ? 'right'
      : 'left';
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    strike: editor.isActive('strike'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    linkHref: String(editor.getAttributes('link').href ?? ''),
    heading,
    align,
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    plainText: editor.storage.plainTextMode?.enabled ?? false,
    editable: editor.isEditable,
  };
}

export function useToolbarState(editor: Editor): ToolbarState {
  return useEditorSelector(editor, selectToolbarState);
}
