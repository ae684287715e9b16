// Our four list extensions against @tiptap/extension-list's (which they replace): the same scenarios run in an editor
// with each, and what the user ends up with (HTML, the document as JSON, the selection, whether the key or command
// did something) must be the same. In the composer's full extension set, and in a bare one (no dir="auto", no
// sanitizer) where the lists' own HTML shows.
import type { AnyExtension, Content, Editor } from '@tiptap/core';
import { BulletList as TiptapBulletList } from '@tiptap/extension-list/bullet-list';
import { ListItem as TiptapListItem } from '@tiptap/extension-list/item';
import { ListKeymap as TiptapListKeymap } from '@tiptap/extension-list/keymap';
import { OrderedList as TiptapOrderedList } from '@tiptap/extension-list/ordered-list';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GOOGLE_DOCS_PASTE } from '../__fixtures__/googleDocsPaste';
import { WORD_PASTE } from '../__fixtures__/wordPaste';
import { createComposerExtensions } from '../createComposerExtensions';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';
import { pasteInto } from '../test-utils/pasteInto';
import { loadOrderedListPasteParser } from './loadOrderedListPasteParser';
import { createListEditor, listEditorExtensions } from './test-utils/createListEditor';
import { pressKey } from './test-utils/pressKey';
import { typeText } from './test-utils/typeText';

const TIPTAP: Record<string, AnyExtension> = {
  bulletList: TiptapBulletList,
  orderedList: TiptapOrderedList,
  listItem: TiptapListItem,
  listKeymap: TiptapListKeymap,
};

const editorsMade: Editor[] = [];
afterEach(() => {
  for (const editor of editorsMade.splice(0)) editor.destroy();
});

/** Extension sets by name, ours first; Tiptap's is the same list with our four swapped for theirs in place. */
const setups: Record<string, () => AnyExtension[]> = {
  composer: () => createComposerExtensions({ queue: createFakeAttachmentQueue(), senderDomain: 'example.com' }),
  bare: listEditorExtensions,
};

function makeEditor(extensions: AnyExtension[], content: Content): Editor {
  const editor = createListEditor(content, extensions);
  editorsMade.push(editor);
  return editor;
}

interface Scenario {
  /** Content with "|" where the cursor goes (two for a selection). */
  content: Content;
  act?: (editor: Editor) => unknown;
}

const press =
  (...keys: string[]) =>
  (editor: Editor) =>
    keys.map((key) => pressKey(editor, key));

const type = (text: string) => (editor: Editor) => typeText(editor, text);

const paste = (text: string, html?: string) => (editor: Editor) =>
  pasteInto(editor, html === undefined ? { text } : { text, html });

const ul = (...items: string[]) => `<ul>${items.map((item) => `<li><p>${item}</p></li>`).join('')}</ul>`;
const ol = (...items: string[]) => `<ol>${items.map((item) => `<li><p>${item}</p></li>`).join('')}</ol>`;

const parsed: Record<string, string> = {
  'a bullet list': ul('a', 'b'),
  'list items without paragraphs': '<ul><li>a</li><li>b <b>bold</b><br>c</li></ul><ol><li>x</li></ol>',
  'an ordered list': ol('a', 'b'),
  'start="3"': '<ol start="3"><li>a</li></ol>',
  'start="1"': '<ol start="1"><li>a</li></ol>',
  'start="0"': '<ol start="0"><li>a</li></ol>',
  'start="-2"': '<ol start="-2"><li>a</li></ol>',
  'start="abc"': '<ol start="abc"><li>a</li></ol>',
  'start=""': '<ol start=""><li>a</li></ol>',
  'start="007"': '<ol start="007"><li>a</li></ol>',
  reversed: '<ol reversed start="4"><li>a</li></ol>',
  'type="a"': '<ol type="a"><li>a</li></ol>',
  'type="A"': '<ol type="A"><li>a</li></ol>',
  'type="i"': '<ol type="i"><li>a</li></ol>',
  'type="I"': '<ol type="I"><li>a</li></ol>',
  'type="1"': '<ol type="1"><li>a</li></ol>',
  'type=""': '<ol type=""><li>a</li></ol>',
  'type="disc" on an ol': '<ol type="disc"><li>a</li></ol>',
  'type on a ul': '<ul type="square"><li>a</li></ul>',
  'list-style-type upper-roman': '<ol style="list-style-type: upper-roman"><li>a</li></ol>',
  'list-style-type lower-roman': '<ol style="list-style-type:lower-roman;"><li>a</li></ol>',
  'list-style-type upper-alpha': '<ol style="margin:0;list-style-type:upper-alpha"><li>a</li></ol>',
  'list-style-type upper-latin': '<ol style="list-style-type : upper-latin ; margin: 0"><li>a</li></ol>',
  'list-style-type lower-alpha': '<ol style="LIST-STYLE-TYPE: Lower-Alpha"><li>a</li></ol>',
  'list-style-type lower-latin': '<ol style="list-style-type: lower-latin"><li>a</li></ol>',
  'list-style-type with !important': '<ol style="list-style-type: lower-latin !important"><li>a</li></ol>',
  'list-style-type decimal': '<ol style="list-style-type: decimal"><li>a</li></ol>',
  'list-style-type lower-greek': '<ol style="list-style-type: lower-greek"><li>a</li></ol>',
  'list-style-type toString': '<ol style="list-style-type: toString"><li>a</li></ol>',
  'list-style-type constructor on the li': '<ol><li style="list-style-type: constructor">a</li></ol>',
  'list-style on the first li': '<ol><li style="list-style-type:lower-alpha">a</li><li>b</li></ol>',
  'list-style on the second li only': '<ol><li>a</li><li style="list-style-type:upper-roman">b</li></ol>',
  'list-style on the ol and the li':
    '<ol style="list-style-type:lower-roman"><li style="list-style-type:upper-alpha">a</li></ol>',
  'decimal ol, lettered first li':
    '<ol style="list-style-type:decimal"><li style="list-style-type:lower-alpha">a</li></ol>',
  'type attribute over style': '<ol type="I" style="list-style-type:lower-alpha"><li>a</li></ol>',
  'style on an li nested in the first li':
    '<ol><li><p>a</p><ul><li style="list-style-type:upper-roman">b</li></ul></li></ol>',
  'empty style': '<ol style=""><li style="">a</li></ol>',
  'Google Docs lettered list':
    '<ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:lower-alpha;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span>First</span></p></li><li dir="ltr" style="list-style-type:lower-alpha;" aria-level="1"><p dir="ltr" role="presentation"><span>Second</span></p></li></ol>',
  'Google Docs nested ol inside ol':
    '<ol style="list-style-type:decimal"><li>a</li><ol style="list-style-type:lower-alpha"><li>b</li></ol><li>c</li></ol>',
  'Google Docs fixture': GOOGLE_DOCS_PASTE,
  'Word ol with start and type': '<ol style="margin-top:0cm" start="2" type="a"><li class="MsoNormal">x</li></ol>',
  'Outlook roman ol':
    '<ol type="i" start="4" style="margin-bottom:0cm"><li style="margin-left:0cm;mso-list:l0 level1 lfo1">x</li></ol>',
  'nested lists':
    '<ul><li><p>a</p><ol start="5"><li><p>b</p><ul><li><p>c</p></li></ul></li></ol></li><li><p>d</p></li></ul>',
  'an item with paragraphs, a quote and a heading':
    '<ul><li><p>a</p><p>b</p><blockquote><p>q</p></blockquote><h2>h</h2></li></ul>',
  'an item starting with a heading': '<ul><li><h2>h</h2><p>a</p></li></ul>',
  'an item starting with a list': '<ul><li><ul><li>a</li></ul></li></ul>',
  'an empty item and an empty list': '<ul><li></li></ul><ol></ol><p>x</p>',
  'a bare li': '<li>loose</li><p>x</p>',
  'text straight in a ul': '<ul>text<li>a</li></ul>',
  'a paragraph straight in an ol': '<ol><p>p</p><li>a</li></ol>',
  'attributes on lists':
    '<ul class="x" id="y" dir="rtl" data-z="1"><li class="i" dir="ltr">a</li></ul><ol dir="ltr" start="2" class="c"><li>b</li></ol>',
  'a list in a quote': '<blockquote><ol start="9"><li>a</li></ol></blockquote>',
  'menu and dir lists': '<menu><li>a</li></menu><dir><li>b</li></dir>',
};

const json = (attrs: Record<string, unknown>): Content => ({
  type: 'doc',
  content: [{ type: 'orderedList', attrs, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }],
});

const fromJson: Record<string, Content> = {
  'JSON start 5, type a': json({ start: 5, type: 'a' }),
  'JSON start 1, type 1': json({ start: 1, type: '1' }),
  'JSON without attributes': json({}),
  'JSON start 0, type A': json({ start: 0, type: 'A' }),
  'JSON start as a string': json({ start: '3' }),
};

const scenarios: Record<string, Scenario> = {
  ...Object.fromEntries(Object.entries(parsed).map(([name, content]) => [`parses ${name}`, { content }])),
  ...Object.fromEntries(Object.entries(fromJson).map(([name, content]) => [`takes ${name}`, { content }])),

  // Commands
  'toggleBulletList on a paragraph': { content: '<p>a|b</p>', act: (e) => e.commands.toggleBulletList() },
  'toggleBulletList over two paragraphs': { content: '<p>a|</p><p>b|</p>', act: (e) => e.commands.toggleBulletList() },
  'toggleBulletList in a bullet list': { content: ul('a|', 'b'), act: (e) => e.commands.toggleBulletList() },
  'toggleBulletList over a whole bullet list': { content: ul('|a', 'b|'), act: (e) => e.commands.toggleBulletList() },
  'toggleBulletList in an ordered list': { content: ol('a', 'b|'), act: (e) => e.commands.toggleBulletList() },
  'toggleBulletList in a nested list': {
    content: '<ul><li><p>a</p><ol><li><p>b|</p></li></ol></li></ul>',
    act: (e) => e.commands.toggleBulletList(),
  },
  'toggleBulletList on a heading': { content: '<h2>t|</h2>', act: (e) => e.commands.toggleBulletList() },
  'toggleBulletList in a quote': {
    content: '<blockquote><p>q|</p></blockquote>',
    act: (e) => e.commands.toggleBulletList(),
  },
  'toggleBulletList over a list and a paragraph': {
    content: `${ul('a|')}<p>b|</p>`,
    act: (e) => e.commands.toggleBulletList(),
  },
  'toggleBulletList over marks': {
    content: '<p><b>bo|ld</b></p>',
    act: (e) => e.chain().toggleBulletList().run(),
  },
  'toggleOrderedList on a paragraph': { content: '<p>|a</p>', act: (e) => e.commands.toggleOrderedList() },
  'toggleOrderedList over two paragraphs': {
    content: '<p>|a</p><p>b|</p>',
    act: (e) => e.commands.toggleOrderedList(),
  },
  'toggleOrderedList in an ordered list': { content: ol('a', '|b'), act: (e) => e.commands.toggleOrderedList() },
  'toggleOrderedList in a lettered list from 3': {
    content: '<ol start="3" type="a"><li><p>a|</p></li></ol>',
    act: (e) => e.commands.toggleOrderedList(),
  },
  'toggleOrderedList in a bullet list': { content: ul('a|', 'b'), act: (e) => e.commands.toggleOrderedList() },
  'toggleOrderedList in a nested bullet list': {
    content: '<ol><li><p>a</p><ul><li><p>|b</p></li><li><p>c</p></li></ul></li></ol>',
    act: (e) => e.commands.toggleOrderedList(),
  },
  'can().toggleOrderedList and isActive': {
    content: '<ol start="3"><li><p>a|</p></li></ol>',
    act: (e) => [
      e.can().toggleOrderedList(),
      e.can().toggleBulletList(),
      e.isActive('orderedList'),
      e.isActive('orderedList', { start: 3 }),
      e.isActive('bulletList'),
      e.isActive('listItem'),
    ],
  },
  'toggle on, then off, then undo': {
    content: '<p>a|</p>',
    act: (e) => [e.commands.toggleBulletList(), e.commands.toggleBulletList(), e.commands.undo()],
  },

  // Shortcuts
  'Mod-Shift-8 on a paragraph': { content: '<p>a|</p>', act: press('Mod-Shift-8') },
  'Mod-Shift-8 twice': { content: '<p>a|</p>', act: press('Mod-Shift-8', 'Mod-Shift-8') },
  'Mod-Shift-7 on a paragraph': { content: '<p>a|</p>', act: press('Mod-Shift-7') },
  'Mod-Shift-7 in a bullet list': { content: ul('a|'), act: press('Mod-Shift-7') },
  'Mod-Shift-8 in an ordered list': { content: ol('|a'), act: press('Mod-Shift-8') },
  'Mod-Shift-7 then Mod-z': { content: '<p>a|</p>', act: press('Mod-Shift-7', 'Mod-z') },

  // Enter
  'Enter at the end of an item': { content: ul('a|', 'b'), act: press('Enter') },
  'Enter in the middle of an item': { content: ol('ab|cd'), act: press('Enter') },
  'Enter at the start of an item': { content: ol('|ab'), act: press('Enter') },
  'Enter over a selection in an item': { content: ul('a|bc|d'), act: press('Enter') },
  'Enter in an empty last item': { content: ul('a', '|'), act: press('Enter') },
  'Enter in an empty middle item': { content: ol('a', '|', 'c'), act: press('Enter') },
  'Enter in an empty nested item': {
    content: '<ul><li><p>a</p><ul><li><p>b</p></li><li><p>|</p></li></ul></li></ul>',
    act: press('Enter'),
  },
  'Enter twice at the end of a list': { content: ul('a|'), act: press('Enter', 'Enter') },
  'Enter in a second paragraph of an item': { content: '<ul><li><p>a</p><p>b|</p></li></ul>', act: press('Enter') },
  'Enter in a paragraph': { content: '<p>a|b</p>', act: press('Enter') },
  'Enter in a start="4" list': { content: '<ol start="4" type="i"><li><p>a|</p></li></ol>', act: press('Enter') },
  'Enter at the end of bold text in an item': { content: '<ul><li><p><b>a|</b></p></li></ul>', act: press('Enter') },

  // Tab and Shift-Tab
  'Tab in the second item': { content: ul('a', 'b|'), act: press('Tab') },
  'Tab in the first item': { content: ul('a|', 'b'), act: press('Tab') },
  'Tab twice in the third item': { content: ol('a', 'b', 'c|'), act: press('Tab', 'Tab') },
  'Tab over two items': { content: ul('a', '|b', 'c|'), act: press('Tab') },
  'Shift-Tab in a nested item': {
    content: '<ul><li><p>a</p><ul><li><p>b|</p></li><li><p>c</p></li></ul></li></ul>',
    act: press('Shift-Tab'),
  },
  'Shift-Tab in a top-level item': { content: ol('a', 'b|', 'c'), act: press('Shift-Tab') },
  'Shift-Tab in a paragraph': { content: '<p>a|</p>', act: press('Shift-Tab') },
  'Tab in a paragraph': { content: '<p>|a</p>', act: press('Tab') },
  'Tab at the start of a paragraph after a list': { content: `${ul('a', 'b')}<p>|c</p>`, act: press('Tab') },
  'Tab in the middle of a paragraph after a list': { content: `${ul('a')}<p>c|d</p>`, act: press('Tab') },
  'Tab at the start of a heading after a list': { content: `${ol('a')}<h2>|h</h2>`, act: press('Tab') },
  'Tab at the start of a paragraph after a nested list': {
    content: '<ol><li><p>a</p><ul><li><p>b</p></li></ul></li></ol><p>|c</p>',
    act: press('Tab'),
  },
  'Tab at the start of a quote after a list': {
    content: `${ul('a')}<blockquote><p>|q</p></blockquote>`,
    act: press('Tab'),
  },
  'Tab over a selection in a paragraph after a list': { content: `${ul('a')}<p>|c|</p>`, act: press('Tab') },
  'Tab then Shift-Tab': { content: ul('a', 'b|'), act: press('Tab', 'Shift-Tab') },

  // Backspace
  'Backspace at the start of the first item': { content: ul('|a', 'b'), act: press('Backspace') },
  'Backspace at the start of the second item': { content: ol('a', '|b'), act: press('Backspace') },
  'Backspace at the start of a nested first item': {
    content: '<ul><li><p>a</p><ul><li><p>|b</p></li><li><p>c</p></li></ul></li></ul>',
    act: press('Backspace'),
  },
  'Backspace at the start of a second paragraph in an item': {
    content: '<ul><li><p>a</p><p>|b</p></li></ul>',
    act: press('Backspace'),
  },
  'Backspace in the middle of an item': { content: ul('a|b'), act: press('Backspace') },
  'Backspace over a selection in a list': { content: ul('a|b', 'c|d'), act: press('Backspace') },
  'Backspace in an empty item': { content: ul('a', '|'), act: press('Backspace') },
  'Backspace at the start of a paragraph after a list': {
    content: `${ul('a', 'b')}<p>|c</p>`,
    act: press('Backspace'),
  },
  'Backspace at the start of an empty paragraph after a list': {
    content: `${ol('a')}<p>|</p><p>x</p>`,
    act: press('Backspace'),
  },
  'Backspace at the start of a paragraph after a nested list': {
    content: '<ol><li><p>a</p><ul><li><p>b</p><ol><li><p>c</p></li></ol></li></ul></li></ol><p>|d</p>',
    act: press('Backspace'),
  },
  'Backspace at the start of a heading after a list': { content: `${ul('a')}<h2>|h</h2>`, act: press('Backspace') },
  'Backspace one character into a paragraph after a list': { content: `${ul('a')}<p>c|d</p>`, act: press('Backspace') },
  'Backspace at the start of a quote after a list': {
    content: `${ul('a')}<blockquote><p>|q</p></blockquote>`,
    act: press('Backspace'),
  },
  'Backspace at the start of a list in a quote': {
    content: '<blockquote><p>q</p><ul><li><p>|a</p></li></ul></blockquote>',
    act: press('Backspace'),
  },
  'Backspace at the start of a paragraph after a list in a quote': {
    content: `<blockquote>${ul('a')}<p>|b</p></blockquote>`,
    act: press('Backspace'),
  },
  'Backspace at the start of a paragraph after a paragraph': { content: '<p>a</p><p>|b</p>', act: press('Backspace') },
  'Mod-Backspace at the start of an item': { content: ol('a', '|b'), act: press('Mod-Backspace') },
  'Mod-Backspace at the start of a paragraph after a list': {
    content: `${ul('a')}<p>|c</p>`,
    act: press('Mod-Backspace'),
  },
  'Backspace right after the "- " input rule': {
    content: '<p>|</p>',
    act: (e) => [type('- ')(e), press('Backspace')(e)],
  },
  'Backspace right after the "1. " input rule': {
    content: '<p>|</p>',
    act: (e) => [type('1. ')(e), press('Backspace')(e)],
  },

  // Delete
  'Delete at the end of an item before a sibling': { content: ul('a|', 'b'), act: press('Delete') },
  'Delete at the end of the last item': { content: `${ol('a', 'b|')}<p>c</p>`, act: press('Delete') },
  'Delete at the end of an item before a nested list': {
    content: '<ul><li><p>a|</p><ul><li><p>b</p></li><li><p>c</p></li></ul></li></ul>',
    act: press('Delete'),
  },
  'Delete at the end of a nested last item before a higher item': {
    content: '<ul><li><p>a</p><ul><li><p>b|</p></li></ul></li><li><p>c</p></li></ul>',
    act: press('Delete'),
  },
  'Delete at the end of a deeply nested item before a higher item': {
    content: '<ol><li><p>a</p><ul><li><p>b</p><ul><li><p>c|</p></li></ul></li></ul></li><li><p>d</p></li></ol>',
    act: press('Delete'),
  },
  'Delete at the end of an item before a branching nested list': {
    content:
      '<ul><li><p>a|</p><ul><li><p>b</p><ul><li><p>b1</p></li></ul></li><li><p>c</p></li></ul></li><li><p>d</p></li></ul>',
    act: press('Delete'),
  },
  'Mod-Delete at the end of an item before a branching nested list': {
    content: '<ol><li><p>a|</p><ol><li><p>b</p><ol><li><p>b1</p></li></ol></li></ol></li></ol>',
    act: press('Mod-Delete'),
  },
  'Delete at the end of a quote in an item before a nested list': {
    content: '<ul><li><blockquote><p>q|</p></blockquote><ul><li><p>b</p><ul><li><p>c</p></li></ul></li></ul></li></ul>',
    act: press('Delete'),
  },
  'Delete at the end of a first paragraph of an item': {
    content: '<ul><li><p>a|</p><p>b</p></li><li><p>c</p></li></ul>',
    act: press('Delete'),
  },
  'Delete in the middle of an item': { content: ul('a|b', 'c'), act: press('Delete') },
  'Delete over a selection in an item': { content: ul('|ab|', 'c'), act: press('Delete') },
  'Delete at the end of an empty item': { content: ul('a', '|', 'c'), act: press('Delete') },
  'Mod-Delete at the end of an item': { content: ol('a|', 'b'), act: press('Mod-Delete') },
  'Delete at the end of a paragraph before a list': { content: `<p>a|</p>${ul('b')}`, act: press('Delete') },
  'Delete at the end of an item in a deep list (over 20 levels)': {
    content: `${'<ul><li><p>x</p>'.repeat(11)}<ul><li><p>deep|</p></li></ul>${'</li></ul>'.repeat(11)}`,
    act: press('Delete'),
  },

  // Input rules
  'typing "- "': { content: '<p>|</p>', act: type('- ') },
  'typing "* "': { content: '<p>|</p>', act: type('* ') },
  'typing "+ "': { content: '<p>|</p>', act: type('+ ') },
  'typing "- " before text': { content: '<p>|text</p>', act: type('- ') },
  'typing " - " with a leading space': { content: '<p>|</p>', act: type(' - ') },
  'typing "-x "': { content: '<p>|</p>', act: type('-x ') },
  'typing "1. "': { content: '<p>|</p>', act: type('1. ') },
  'typing "5. "': { content: '<p>|</p>', act: type('5. ') },
  'typing "0. "': { content: '<p>|</p>', act: type('0. ') },
  'typing "1) "': { content: '<p>|</p>', act: type('1) ') },
  'typing "a. "': { content: '<p>|</p>', act: type('a. ') },
  'typing "1. " then text': { content: '<p>|</p>', act: type('1. first') },
  'typing "3. " after a two-item list': { content: `${ol('a', 'b')}<p>|</p>`, act: type('3. ') },
  'typing "4. " after a two-item list': { content: `${ol('a', 'b')}<p>|</p>`, act: type('4. ') },
  'typing "5. " after a list from 3 with two items': {
    content: '<ol start="3"><li><p>a</p></li><li><p>b</p></li></ol><p>|</p>',
    act: type('5. '),
  },
  'typing "3. " after a lettered two-item list': {
    content: '<ol type="a"><li><p>a</p></li><li><p>b</p></li></ol><p>|</p>',
    act: type('3. '),
  },
  'typing "3. " after a type="1" list': {
    content: '<ol type="1"><li><p>a</p></li><li><p>b</p></li></ol><p>|</p>',
    act: type('3. '),
  },
  'typing "- " after a bullet list': { content: `${ul('a')}<p>|</p>`, act: type('- ') },
  'typing "- " in a list item': { content: ul('|'), act: type('- ') },
  'typing "1. " in a nested position': { content: ol('a', '|'), act: type('1. ') },
  'typing "- " in a heading': { content: '<h2>|</h2>', act: type('- ') },
  'typing "- " in a quote': { content: '<blockquote><p>|</p></blockquote>', act: type('- ') },
  'typing "- " then undo': { content: '<p>|</p>', act: (e) => [type('- ')(e), e.commands.undo()] },

  // Plain-text paste
  'pasting "1. a / 2. b"': { content: '<p>|</p>', act: paste('1. a\n2. b') },
  'pasting "1. a / 2. b" into text': { content: '<p>x|y</p>', act: paste('1. a\n2. b') },
  'pasting "3. a / 4. b"': { content: '<p>|</p>', act: paste('3. a\n4. b') },
  'pasting "a. x / b. y"': { content: '<p>|</p>', act: paste('a. x\nb. y') },
  'pasting "C) x / D) y"': { content: '<p>|</p>', act: paste('C) x\nD) y') },
  'pasting "i. x / ii. y / iii. z"': { content: '<p>|</p>', act: paste('i. x\nii. y\niii. z') },
  'pasting "IV. x / V. y"': { content: '<p>|</p>', act: paste('IV. x\nV. y') },
  'pasting "1. a / 3. b"': { content: '<p>|</p>', act: paste('1. a\n3. b') },
  'pasting "1. a / with blank lines / 2. b"': { content: '<p>|</p>', act: paste('\n1. a\n\n2. b\n') },
  'pasting "1. a" alone': { content: '<p>|</p>', act: paste('1. a') },
  'pasting plain text': { content: '<p>|</p>', act: paste('hello\nworld') },
  'pasting a list with CRLF': { content: '<p>|</p>', act: paste('1. a\r\n2. b') },
  'pasting "- a / - b"': { content: '<p>|</p>', act: paste('- a\n- b') },
  'pasting a numbered list with HTML too': { content: '<p>|</p>', act: paste('1. a\n2. b', '<p>1. a</p><p>2. b</p>') },
  'pasting a numbered list with blank HTML': { content: '<p>|</p>', act: paste('1. a\n2. b', '  ') },
  'pasting a numbered list over a selection': { content: '<p>a|bc|d</p>', act: paste('1. x\n2. y') },
  'pasting a numbered list into a list item': { content: ul('a|'), act: paste('1. x\n2. y') },
  'pasting a numbered list into a heading': { content: '<h2>|</h2>', act: paste('1. x\n2. y') },
  'pasting HTML lists': { content: '<p>|</p>', act: paste('a', '<ol start="2"><li>a</li></ol><ul><li>b</li></ul>') },
  'pasting Word HTML': { content: '<p>|</p>', act: paste('Quarterly report is ready', WORD_PASTE) },
  'pasting Google Docs HTML': { content: '<p>|</p>', act: paste('Launch plan is final', GOOGLE_DOCS_PASTE) },
};

beforeAll(async () => {
  await loadOrderedListPasteParser();
});

describe.each(Object.keys(setups))('our lists do what Tiptap’s do, in the %s extension set', (setup) => {
  function run(extensions: AnyExtension[], { content, act }: Scenario) {
    const editor = makeEditor(extensions, content);
    const result = act?.(editor);
    return { result, html: editor.getHTML(), json: editor.getJSON(), selection: editor.state.selection.toJSON() };
  }

  it.each(Object.keys(scenarios))('%s', (name) => {
    const scenario = scenarios[name]!;
    const ours = setups[setup]!();
    const theirs = ours.map((extension) => TIPTAP[extension.name] ?? extension);
    expect(theirs.filter((extension, i) => extension !== ours[i])).toHaveLength(4);
    expect(run(ours, scenario)).toEqual(run(theirs, scenario));
  });
});
