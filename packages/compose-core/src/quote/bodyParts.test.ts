import { describe, expect, it } from 'vitest';
import { stripQuotedBlocks } from '../checks/stripQuotedBlocks';
import { extractCids } from '../cid/extractCids';
import { bodyPartsOf, joinBodyParts } from './bodyParts';
import { splitAtLongQuotes } from './longQuotedBlocks';

const QUOTE_OPEN = '<blockquote type="cite" data-inkwell-quote="">';
const realQuote = (marker: string) =>
  `${QUOTE_OPEN}<p>${marker}</p><img src="cid:logo@bob">${'<p>Quoted <b>text</b>.</p>'.repeat(1000)}</blockquote>`;

describe('joinBodyParts', () => {
  it('joins the parts and remembers them for the body it returns', () => {
    const quote = realQuote('remembered');
    const parts = [
      { html: '<p>mine</p>', quoted: false },
      { html: quote, quoted: true },
      { html: '<p>after</p>', quoted: false },
    ];
    const body = joinBodyParts(parts);
    expect(body).toBe(`<p>mine</p>${quote}<p>after</p>`);
    expect(bodyPartsOf(body)).toEqual(parts);
    expect(bodyPartsOf(`<p>other</p>${quote}`)).toBeUndefined();
  });

  it('does not remember a body without a quoted part', () => {
    const body = joinBodyParts([{ html: '<p>only typed text, nothing quoted</p>', quoted: false }]);
    expect(body).toBe('<p>only typed text, nothing quoted</p>');
    expect(bodyPartsOf(body)).toBeUndefined();
  });

  it('gives the same results as scanning the body', () => {
    const quote = realQuote('same');
    const short = '<blockquote type="cite"><p>short, pasted from another client</p></blockquote>';
    const parts = [
      { html: `<p>top</p>${short}`, quoted: false },
      { html: quote, quoted: true },
      { html: '<p>end <img src="cid:mine@alice"></p>', quoted: false },
    ];
    const joined = joinBodyParts(parts);
    // The same HTML built apart, so only a scan can find its quote.
    const scanned = `${parts[0]?.html}${quote.slice(0, 100)}${quote.slice(100)}${parts[2]?.html}x`.slice(0, -1);
    expect(stripQuotedBlocks(joined)).toBe('<p>top</p><p>end <img src="cid:mine@alice"></p>');
    expect(splitAtLongQuotes(joined)).toEqual(splitAtLongQuotes(scanned));
    expect([...extractCids(joined)]).toEqual(['logo@bob', 'mine@alice']);
  });

  it('takes a joined body apart by its parts, without reading the quote for tags', () => {
    // Marked quoted but not a blockquote: only the remembered parts can say where it is.
    const fake = `<p>${'not a blockquote '.repeat(2000)}</p>`;
    const body = joinBodyParts([
      { html: '<p>mine</p>', quoted: false },
      { html: fake, quoted: true },
    ]);
    expect(stripQuotedBlocks(body)).toBe('<p>mine</p>');
    expect(splitAtLongQuotes(body)).toEqual([
      { html: '<p>mine</p>', quoted: false },
      { html: fake, quoted: true },
    ]);
  });
});
