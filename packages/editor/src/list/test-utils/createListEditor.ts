// An editor with our lists and little else (no dir="auto", no sanitizer), so tests see the lists' own HTML.
import { Editor } from '@tiptap/core';
import type { AnyExtension, Content } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { BulletList } from '../BulletList';
import { ListItem } from '../ListItem';
import { ListKeymap } from '../ListKeymap';
import { OrderedList } from '../OrderedList';
import { placeCursor } from './placeCursor';

/** The extensions, in the composer's order. */
export const listEditorExtensions = (): AnyExtension[] => [
  Bold,
  Blockquote,
  BulletList,
  Document,
  HardBreak,
  Heading,
  UndoRedo,
  ListItem,
  ListKeymap,
  OrderedList,
  Paragraph,
  Text,
];

/** Mounted in the document (keys reach it); "|" in the content marks the cursor (see placeCursor). */
export function createListEditor(content: Content = '<p></p>', extensions = listEditorExtensions()): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, content, extensions });
  placeCursor(editor);
  return editor;
}
