import { beforeAll, describe, expect, it, vi } from 'vitest';
import { extractCids } from '../cid/extractCids';
import { stripUnboundCids } from '../session/stripUnboundCids';
import { bodyPlainText } from '../text/bodyPlainText';
import { loadBodyPlainText } from '../text/loadBodyPlainText';
import { bodyPartsOf, joinBodyParts } from './bodyParts';
import { rememberPerQuote, splitAtLongQuotes } from './longQuotedBlocks';

beforeAll(() => loadBodyPlainText());

const quote = (marker: string) =>
  `<blockquote type="cite" data-inkwell-quote=""><p>${marker}</p><img src="cid:logo@bob" alt="logo">` +
  `${'<p>Quoted <b>paragraph</b>.</p>'.repeat(800)}<img src="cid:shot@bob" alt="shot"></blockquote>`;

describe('splitAtLongQuotes', () => {
  it('cuts a body at its long quoted blocks and leaves short ones in the typed parts', () => {
    const long = quote('a');
    const short = '<blockquote type="cite"><p>short</p></blockquote>';
    const parts = splitAtLongQuotes(`<p>top</p>${short}${long}<p>end</p>`);
    expect(parts).toEqual([
      { html: `<p>top</p>${short}`, quoted: false },
      { html: long, quoted: true },
      { html: '<p>end</p>', quoted: false },
    ]);
    expect(splitAtLongQuotes('<p>plain</p>')).toEqual([{ html: '<p>plain</p>', quoted: false }]);
  });

  it('remembers a computation per quoted block', () => {
    const compute = vi.fn((html: string) => html.length);
    const remembered = rememberPerQuote(compute, 2);
    remembered('a'.repeat(10));
    remembered('a'.repeat(10));
    expect(compute).toHaveBeenCalledTimes(1);
    remembered('b');
    remembered('c');
    remembered('a'.repeat(10));
    expect(compute).toHaveBeenCalledTimes(4);
  });
});

describe('cid work on a body with a long quote', () => {
  it('extractCids finds the typed and quoted references in order, parsing the quote once', () => {
    const long = quote('cids');
    const body = (typed: string) => `<p>${typed} <img src="cid:mine@alice"></p>${long}`;
    expect([...extractCids(body('a'))]).toEqual(['mine@alice', 'logo@bob', 'shot@bob']);
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    expect([...extractCids(body('ab'))]).toEqual(['mine@alice', 'logo@bob', 'shot@bob']);
    const parsed = parse.mock.calls.map(([html]) => html.length);
    parse.mockRestore();
    expect(Math.max(...parsed)).toBeLessThan(200);
  });

  it('stripUnboundCids removes unbound images from the typed part and the quote alike', () => {
    const long = quote('strip');
    const html = `<p>typed <img src="cid:pending@alice" alt="p"></p>${long}`;
    const bound = new Set(['logo@bob', 'shot@bob']);
    const stripped = stripUnboundCids(html, bound);
    expect(stripped).not.toContain('pending@alice');
    expect(stripped).toContain('cid:logo@bob');
    expect(stripped).toContain(long);
    const onlyQuoteBound = stripUnboundCids(html, new Set(['pending@alice', 'logo@bob']));
    expect(onlyQuoteBound).toContain('cid:pending@alice');
    expect(onlyQuoteBound).not.toContain('shot@bob');
    expect(stripUnboundCids(html, new Set(['pending@alice', 'logo@bob', 'shot@bob']))).toBe(html);
  });

  it('stripUnboundCids gives the stripped quote back as a part: later saves read it by its parts, never scanning it', () => {
    const long = quote('unbound');
    const save = (typed: string) => {
      // As the composer joins it: the typed part and the quote.
      const body = joinBodyParts([
        { html: `<p>${typed}</p>`, quoted: false },
        { html: long, quoted: true },
      ]);
      const stripped = stripUnboundCids(body, new Set());
      return { stripped, cids: [...extractCids(stripped)], text: bodyPlainText(stripped) };
    };
    const first = save('a');
    const parts = bodyPartsOf(first.stripped);
    expect(parts?.map((p) => p.quoted)).toEqual([false, true]);
    const strippedQuote = parts?.[1]?.html ?? '';
    expect(strippedQuote).not.toContain('cid:');
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const scan = vi.spyOn(RegExp.prototype, 'exec');
    const later = save('ab');
    const parsed = parse.mock.calls.map(([html]) => html.length);
    const scanned = scan.mock.calls.map(([text]) => String(text));
    parse.mockRestore();
    scan.mockRestore();
    expect(later.cids).toEqual([]);
    expect(later.text).toBe(first.text.replace('a', 'ab'));
    expect(Math.max(0, ...parsed)).toBeLessThan(200);
    // Neither the stripped quote nor a body holding it is read again (a flat copy of the body would be scanned).
    expect(scanned.filter((text) => text.includes(strippedQuote.slice(-500)))).toEqual([]);
  });

  it('stripUnboundCids leaves a body whose references are all bound as it is, without reading its quote', () => {
    const long = quote('bound');
    extractCids(long);
    const body = joinBodyParts([
      { html: '<p>typed</p>', quoted: false },
      { html: long, quoted: true },
    ]);
    const scan = vi.spyOn(RegExp.prototype, 'exec');
    const stripped = stripUnboundCids(body, new Set(['logo@bob', 'shot@bob']));
    const scanned = scan.mock.calls.map(([text]) => String(text));
    scan.mockRestore();
    expect(stripped).toBe(body);
    expect(scanned.filter((text) => text.includes(long.slice(-500)))).toEqual([]);
  });
});
