import { describe, expect, it } from 'vitest';
import { splitTrailingQuote } from './splitTrailingQuote';

const quote = '<p>Original</p><blockquote type="cite"><p>older</p></blockquote>';

describe('splitTrailingQuote', () => {
  it('cuts a quote that ends the body, after white space and the empty caret paragraph', () => {
    expect(splitTrailingQuote(`<p>Hi</p><blockquote type="cite" data-inkwell-quote="">${quote}</blockquote>`)).toEqual({
      before: '<p>Hi</p>',
      quote,
    });
    expect(
      splitTrailingQuote(`<p><br></p><blockquote data-inkwell-quote="">${quote}</blockquote><p><br></p>\n<p></p> `),
    ).toEqual({ before: '<p><br></p>', quote });
  });

  it('leaves a body alone when text follows the quote, or when its tags do not balance', () => {
    expect(splitTrailingQuote(`<blockquote data-inkwell-quote="">${quote}</blockquote><p>below</p>`)).toBeUndefined();
    expect(
      splitTrailingQuote(
        '<blockquote data-inkwell-quote=""><p>a</p></blockquote><p>typed</p><blockquote>b</blockquote>',
      ),
    ).toBeUndefined();
    expect(splitTrailingQuote('<p>no quote</p>')).toBeUndefined();
  });
});
