import { stripQuotedBlocks } from './stripQuotedBlocks';

describe('stripQuotedBlocks', () => {
  it('removes the composer quote with everything nested in it, keeping text before and after', () => {
    const html =
      '<p>See the file</p><blockquote type="cite" data-inkwell-quote=""><p>On Monday Bob wrote:</p>' +
      '<blockquote type="cite"><p>attached is the <b>report</b></p><blockquote><p>deeper</p></blockquote></blockquote>' +
      '<p>tail of the quote</p></blockquote><p>Below the quote</p>';
    expect(stripQuotedBlocks(html)).toBe('<p>See the file</p><p>Below the quote</p>');
  });

  it('removes several quotes and plain cite blockquotes, not ordinary ones', () => {
    const html =
      '<blockquote><p>my own indented words</p></blockquote><blockquote type=cite><p>a</p></blockquote>' +
      '<p>middle</p><blockquote TYPE="cite"><p>b</p></blockquote>';
    expect(stripQuotedBlocks(html)).toBe('<blockquote><p>my own indented words</p></blockquote><p>middle</p>');
  });

  it('treats an unclosed quote as running to the end', () => {
    expect(stripQuotedBlocks('<p>x</p><blockquote data-inkwell-quote><p>never closed')).toBe('<p>x</p>');
  });

  it('leaves escaped text that looks like a tag alone', () => {
    const html = '<p>&lt;blockquote type="cite"&gt; is how quotes start</p>';
    expect(stripQuotedBlocks(html)).toBe(html);
  });

  it('scans a megabyte of quote without parsing it', () => {
    const quote = '<p>quoted line with <a href="https://example.com">a link</a></p>'.repeat(16_000);
    const html = `<p>Please find attached</p><blockquote type="cite" data-inkwell-quote="">${quote}</blockquote>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    expect(stripQuotedBlocks(html)).toBe('<p>Please find attached</p>');
  });
});
