import { describe, expect, it, vi } from 'vitest';
import { bodyPlainText } from './bodyPlainText';
import { htmlToPlainText } from './htmlToPlainText';

const thread = (marker: string) =>
  `<blockquote type="cite" data-inkwell-quote=""><p>On Monday Bob wrote: ${marker}</p>` +
  '<blockquote type="cite"><p>Earlier <b>message</b></p><ul><li>one</li><li>two</li></ul></blockquote>' +
  `${'<p>Quoted paragraph with a <a href="https://example.com">link</a>.</p>'.repeat(400)}</blockquote>`;

describe('bodyPlainText', () => {
  it.each([
    ['typed text above a long quote', `<p>Thanks, see below.</p><p>Best,<br>Alice</p>${thread('a')}`],
    ['typed text above and below', `<p>Above</p>${thread('b')}<p>Below</p>`],
    ['a short quote (converted in place)', '<p>Hi</p><blockquote type="cite"><p>short</p></blockquote>'],
    ['no quote', '<p>Just <i>typed</i> text</p><ol><li>x</li></ol>'],
  ])('gives the same text as converting the whole body: %s', (_name, html) => {
    expect(bodyPlainText(html)).toBe(htmlToPlainText(html));
  });

  it('parses a long quote once, however often the typed part changes', () => {
    const quote = thread('once');
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    bodyPlainText(`<p>a</p>${quote}`);
    const first = parse.mock.calls.map(([html]) => html.length);
    parse.mockClear();
    expect(bodyPlainText(`<p>ab</p>${quote}`)).toBe(htmlToPlainText(`<p>ab</p>${quote}`));
    const second = parse.mock.calls.slice(0, 1).map(([html]) => html.length);
    parse.mockRestore();
    expect(Math.max(...first)).toBeGreaterThanOrEqual(quote.length);
    // The second save parses only the typed part (the check's own htmlToPlainText call comes after).
    expect(second[0]).toBeLessThan(200);
  });
});
