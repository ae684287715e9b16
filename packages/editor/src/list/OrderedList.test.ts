// The ordered list on its own: where it starts and how it is numbered (from attributes, or from the CSS Word and
// Google Docs use), its command, its shortcut and the "1. " input rule.
import { within } from '@testing-library/dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { pasteInto } from '../test-utils/pasteInto';
import { loadOrderedListPasteParser } from './loadOrderedListPasteParser';
import { pressKey } from './test-utils/pressKey';
import { trackListEditors } from './test-utils/trackListEditors';
import { typeText } from './test-utils/typeText';

const { listEditor, last } = trackListEditors();

const item = '<li><p>a</p></li>';

describe('OrderedList', () => {
  it('keeps where a list starts and how it is numbered', () => {
    expect(listEditor(`<ol start="4" type="i">${item}</ol>`).getHTML()).toBe(`<ol start="4" type="i">${item}</ol>`);
    expect(last().getJSON().content?.[0]?.attrs).toEqual({ start: 4, type: 'i' });
    const list = within(last().view.dom).getByRole('list');
    expect(list).toHaveAttribute('start', '4');
    expect(list).toHaveAttribute('type', 'i');
  });

  it('writes neither start="1" nor type="1" (the defaults)', () => {
    expect(listEditor(`<ol start="1" type="1">${item}</ol>`).getHTML()).toBe(`<ol>${item}</ol>`);
    expect(last().getJSON().content?.[0]?.attrs).toEqual({ start: 1, type: '1' });
  });

  it.each([
    ['upper-roman', 'I'],
    ['lower-roman', 'i'],
    ['upper-alpha', 'A'],
    ['upper-latin', 'A'],
    ['lower-alpha', 'a'],
    ['LOWER-LATIN', 'a'],
  ])('takes list-style-type: %s on the <ol> as type="%s"', (style, type) => {
    expect(listEditor(`<ol style="margin:0; list-style-type: ${style};">${item}</ol>`).getHTML()).toBe(
      `<ol type="${type}">${item}</ol>`,
    );
  });

  it('takes the numbering from the first item, as Google Docs gives it', () => {
    const html =
      '<ol style="margin-top:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:lower-alpha;" ' +
      'aria-level="1"><p dir="ltr" role="presentation"><span>First</span></p></li><li style="list-style-type:lower-alpha;">' +
      'Second</li></ol>';
    expect(listEditor(html).getHTML()).toBe('<ol type="a"><li><p>First</p></li><li><p>Second</p></li></ol>');
  });

  it('prefers the type attribute to CSS, and the list’s CSS to its first item’s', () => {
    expect(listEditor(`<ol type="A" style="list-style-type:lower-roman">${item}</ol>`).getHTML()).toContain('type="A"');
    expect(
      listEditor(
        '<ol style="list-style-type:lower-roman"><li style="list-style-type:upper-alpha">a</li></ol>',
      ).getHTML(),
    ).toContain('type="i"');
  });

  it('has no type for decimal, other or unknown styles', () => {
    for (const style of ['decimal', 'lower-greek', 'toString', 'constructor']) {
      expect(
        listEditor(`<ol style="list-style-type:${style}"><li style="list-style-type:${style}">a</li></ol>`).getHTML(),
      ).toBe(`<ol>${item}</ol>`);
    }
  });

  it('toggleOrderedList makes paragraphs a list, and turns a bullet list into one', () => {
    const current = listEditor('<p>|a</p><p>b|</p>');
    expect(current.commands.toggleOrderedList()).toBe(true);
    expect(current.getHTML()).toBe('<ol><li><p>a</p></li><li><p>b</p></li></ol>');
    expect(listEditor('<ul><li><p>a|</p></li></ul>').commands.toggleOrderedList()).toBe(true);
    expect(last().getHTML()).toBe(`<ol>${item}</ol>`);
  });

  it('Mod-Shift-7 toggles it', () => {
    const current = listEditor('<p>a|</p>');
    expect(pressKey(current, 'Mod-Shift-7')).toBe(true);
    expect(current.getHTML()).toBe(`<ol>${item}</ol>`);
    pressKey(current, 'Mod-Shift-7');
    expect(current.getHTML()).toBe('<p>a</p>');
  });

  it('"1. " typed at the start of a paragraph starts a list; "5. " one that starts at 5', () => {
    typeText(listEditor('<p>|</p>'), '1. one');
    expect(last().getHTML()).toBe('<ol><li><p>one</p></li></ol>');
    typeText(listEditor('<p>|</p>'), '5. five');
    expect(last().getHTML()).toBe('<ol start="5"><li><p>five</p></li></ol>');
  });

  it('the next number typed right after a numbered list continues it; another number starts a new list', () => {
    typeText(listEditor('<ol start="3"><li><p>a</p></li><li><p>b</p></li></ol><p>|</p>'), '5. c');
    expect(last().getHTML()).toBe('<ol start="3"><li><p>a</p></li><li><p>b</p></li><li><p>c</p></li></ol>');
    typeText(listEditor('<ol><li><p>a</p></li></ol><p>|</p>'), '3. c');
    expect(last().getHTML()).toBe('<ol><li><p>a</p></li></ol><ol start="3"><li><p>c</p></li></ol>');
  });

  it('a number typed after a lettered list starts a new list', () => {
    typeText(listEditor('<ol type="a"><li><p>a</p></li></ol><p>|</p>'), '2. b');
    expect(last().getHTML()).toBe('<ol type="a"><li><p>a</p></li></ol><ol start="2"><li><p>b</p></li></ol>');
  });
});

describe('OrderedList, once its paste parser has loaded', () => {
  beforeAll(async () => {
    await loadOrderedListPasteParser();
  });

  it.each([
    ['1. milk\n2. eggs', '<ol><li><p>milk</p></li><li><p>eggs</p></li></ol>'],
    ['3) milk\n4) eggs', '<ol start="3"><li><p>milk</p></li><li><p>eggs</p></li></ol>'],
    ['a. milk\nb. eggs', '<ol type="a"><li><p>milk</p></li><li><p>eggs</p></li></ol>'],
  ])('pastes plain text %j as an ordered list', (text, html) => {
    pasteInto(listEditor('<p>|</p>'), { text });
    expect(last().getHTML()).toBe(html);
  });

  it('pastes numbered lines that do not count up, or come with HTML, as they are', () => {
    pasteInto(listEditor('<p>|</p>'), { text: '1. milk\n3. eggs' });
    expect(last().getHTML()).toBe('<p>1. milk</p><p>3. eggs</p>');
    pasteInto(listEditor('<p>|</p>'), { text: '1. milk\n2. eggs', html: '<p>1. milk</p><p>2. eggs</p>' });
    expect(last().getHTML()).toBe('<p>1. milk</p><p>2. eggs</p>');
  });
});
