// List items: Enter splits one (and leaves the list from an empty one), Tab indents, Shift-Tab outdents, and Delete
// before a nested list whose items have their own sublists moves that list's items up.
import type { Editor } from '@tiptap/core';
import { within } from '@testing-library/dom';
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

/** The text of each item in the editor, nested items after their parent's, with their depth. */
function items(current: Editor): string[] {
  return within(current.view.dom)
    .getAllByRole('listitem')
    .map((item) => {
      let depth = 0;
      for (let up = item.parentElement; up && up !== current.view.dom; up = up.parentElement) {
        if (up.tagName === 'LI') depth += 1;
      }
      return `${'  '.repeat(depth)}${item.querySelector('p')?.textContent ?? ''}`;
    });
}

describe('ListItem', () => {
  it('Enter splits an item at the cursor', () => {
    const current = listEditor('<ul><li><p>ab|cd</p></li></ul>');
    expect(pressKey(current, 'Enter')).toBe(true);
    typeText(current, 'X');
    expect(items(current)).toEqual(['ab', 'Xcd']);
  });

  it('Enter in an empty last item leaves the list', () => {
    const current = listEditor('<ol><li><p>a</p></li><li><p>|</p></li></ol>');
    pressKey(current, 'Enter');
    typeText(current, 'after');
    expect(current.getHTML()).toBe('<ol><li><p>a</p></li></ol><p>after</p>');
  });

  it('Tab indents an item under the one before; Shift-Tab outdents it again', () => {
    const current = listEditor('<ul><li><p>a</p></li><li><p>b|</p></li><li><p>c</p></li></ul>');
    expect(pressKey(current, 'Tab')).toBe(true);
    expect(items(current)).toEqual(['a', '  b', 'c']);
    expect(pressKey(current, 'Shift-Tab')).toBe(true);
    expect(items(current)).toEqual(['a', 'b', 'c']);
  });

  it('Tab in the first item does nothing (there is nothing to indent it under)', () => {
    const current = listEditor('<ul><li><p>a|</p></li><li><p>b</p></li></ul>');
    expect(pressKey(current, 'Tab')).toBe(false);
    expect(items(current)).toEqual(['a', 'b']);
  });

  it('Shift-Tab in a top-level item makes it a paragraph between two lists', () => {
    const current = listEditor('<ol><li><p>a</p></li><li><p>b|</p></li><li><p>c</p></li></ol>');
    pressKey(current, 'Shift-Tab');
    expect(current.getHTML()).toBe('<ol><li><p>a</p></li></ol><p>b</p><ol><li><p>c</p></li></ol>');
  });

  it('Delete before a nested list whose items have sublists moves its items up a level', () => {
    const current = listEditor(
      '<ul><li><p>a|</p><ul><li><p>b</p><ul><li><p>b1</p></li></ul></li><li><p>c</p></li></ul></li><li><p>d</p></li></ul>',
    );
    expect(pressKey(current, 'Delete')).toBe(true);
    expect(items(current)).toEqual(['a', 'b', '  b1', 'c', 'd']);
    expect(current.state.selection.from).toBe(4);
  });
});
