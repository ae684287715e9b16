// The bullet list on its own: its HTML, its command, its shortcut and the "- " input rule.
import { within } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { pressKey } from './test-utils/pressKey';
import { trackListEditors } from './test-utils/trackListEditors';
import { typeText } from './test-utils/typeText';

const { listEditor, last } = trackListEditors();

describe('BulletList', () => {
  it('takes <ul> and writes it back, items in paragraphs', () => {
    expect(listEditor('<ul><li>one</li><li><p>two</p></li></ul>').getHTML()).toBe(
      '<ul><li><p>one</p></li><li><p>two</p></li></ul>',
    );
    const list = within(last().view.dom).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['one', 'two']);
  });

  it('toggleBulletList makes a paragraph a list item, and lifts it out again', () => {
    const current = listEditor('<p>milk|</p>');
    expect(current.commands.toggleBulletList()).toBe(true);
    expect(current.getHTML()).toBe('<ul><li><p>milk</p></li></ul>');
    expect(current.isActive('bulletList')).toBe(true);
    expect(current.commands.toggleBulletList()).toBe(true);
    expect(current.getHTML()).toBe('<p>milk</p>');
  });

  it('toggleBulletList turns an ordered list into a bullet list', () => {
    const current = listEditor('<ol start="3"><li><p>a|</p></li><li><p>b</p></li></ol>');
    current.commands.toggleBulletList();
    expect(current.getHTML()).toBe('<ul><li><p>a</p></li><li><p>b</p></li></ul>');
  });

  it('Mod-Shift-8 toggles it', () => {
    const current = listEditor('<p>milk|</p>');
    expect(pressKey(current, 'Mod-Shift-8')).toBe(true);
    expect(within(current.view.dom).getByRole('listitem')).toHaveTextContent('milk');
    pressKey(current, 'Mod-Shift-8');
    expect(within(current.view.dom).queryByRole('list')).toBeNull();
  });

  it.each(['- ', '* ', '+ '])('"%s" typed at the start of a paragraph starts a list', (marker) => {
    const current = listEditor('<p>|</p>');
    typeText(current, `${marker}milk`);
    expect(current.getHTML()).toBe('<ul><li><p>milk</p></li></ul>');
  });

  it('"- " typed after other text stays text', () => {
    const current = listEditor('<p>a|</p>');
    typeText(current, ' - b');
    expect(current.getHTML()).toBe('<p>a - b</p>');
  });
});
