// Backspace, Delete and Tab where list items meet: they join and lift as Tiptap's ListKeymap does.
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createListEditor } from './test-utils/createListEditor';
import { pressKey } from './test-utils/pressKey';
import { typeText } from './test-utils/typeText';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function listEditor(content: string): Editor {
  editor = createListEditor(content);
  return editor;
}

const ul = (...items: string[]) => `<ul>${items.map((item) => `<li><p>${item}</p></li>`).join('')}</ul>`;

describe('ListKeymap', () => {
  describe('Backspace', () => {
    it('at the start of an item lifts it out of the list rather than joining it to the item before', () => {
      const current = listEditor(ul('a', '|b', 'c'));
      expect(pressKey(current, 'Backspace')).toBe(true);
      expect(current.getHTML()).toBe(`${ul('a')}<p>b</p>${ul('c')}`);
    });

    it('at the start of a nested first item outdents it', () => {
      const current = listEditor('<ul><li><p>a</p><ul><li><p>|b</p></li><li><p>c</p></li></ul></li></ul>');
      pressKey(current, 'Backspace');
      expect(current.getHTML()).toBe('<ul><li><p>a</p></li><li><p>b</p><ul><li><p>c</p></li></ul></li></ul>');
    });

    it('at the start of a paragraph after a list joins it to the last item, however deep', () => {
      const current = listEditor('<ol><li><p>a</p><ul><li><p>b</p></li></ul></li></ol><p>|c</p>');
      expect(pressKey(current, 'Backspace')).toBe(true);
      typeText(current, '|');
      expect(current.getHTML()).toBe('<ol><li><p>a</p><ul><li><p>b|c</p></li></ul></li></ol>');
    });

    it('in the middle of an item is left to the default', () => {
      expect(pressKey(listEditor(ul('a|b')), 'Backspace')).toBe(false);
    });

    it('right after "- " started a list gives back the typed "- "', () => {
      const current = listEditor('<p>|</p>');
      typeText(current, '- ');
      expect(pressKey(current, 'Backspace')).toBe(true);
      expect(current.getHTML()).toBe('<p>- </p>');
    });
  });

  describe('Delete', () => {
    it('at the end of an item joins the next item to it', () => {
      const current = listEditor(ul('a|', 'b', 'c'));
      expect(pressKey(current, 'Delete')).toBe(true);
      expect(current.getHTML()).toBe(ul('ab', 'c'));
    });

    it('at the end of an item before a nested list joins the first nested item', () => {
      const current = listEditor('<ul><li><p>a|</p><ul><li><p>b</p></li><li><p>c</p></li></ul></li></ul>');
      pressKey(current, 'Delete');
      expect(current.getHTML()).toBe('<ul><li><p>a</p><p>b</p><ul><li><p>c</p></li></ul></li></ul>');
    });

    it('at the end of a nested last item joins the next item of the list above', () => {
      const current = listEditor('<ul><li><p>a</p><ul><li><p>b|</p></li></ul></li><li><p>c</p></li></ul>');
      pressKey(current, 'Delete');
      expect(current.getHTML()).toBe('<ul><li><p>a</p><ul><li><p>bc</p></li></ul></li></ul>');
    });

    it('at the end of the last item joins the paragraph after the list as an item', () => {
      const current = listEditor(`${ul('a|')}<p>b</p>`);
      pressKey(current, 'Delete');
      expect(current.getHTML()).toBe(ul('a', 'b'));
    });

    it('in the middle of an item is left to the default', () => {
      expect(pressKey(listEditor(ul('a|b', 'c')), 'Delete')).toBe(false);
    });
  });

  describe('Tab', () => {
    it('at the start of a paragraph right after a list moves it into the last item', () => {
      const current = listEditor(`${ul('a')}<p>|b</p>`);
      expect(pressKey(current, 'Tab')).toBe(true);
      expect(current.getHTML()).toBe('<ul><li><p>a</p><p>b</p></li></ul>');
    });

    it('anywhere else in a paragraph is left to the default', () => {
      expect(pressKey(listEditor(`${ul('a')}<p>b|</p>`), 'Tab')).toBe(false);
      expect(pressKey(listEditor('<p>|b</p>'), 'Tab')).toBe(false);
    });
  });
});
