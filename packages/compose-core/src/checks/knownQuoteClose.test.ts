// Scanning a body for its quoted blocks steps over a quote that is a remembered sanitizer output (the composer's
// quote as it serializes it) instead of reading it for nested tags.
import { afterEach, vi } from 'vitest';
import { sanitizeMailHtml } from '../sanitize/sanitizeMailHtml';
import { quotedBlocks, stripQuotedBlocks } from './stripQuotedBlocks';

const quoteHtml =
  '<p>Original</p>' +
  '<blockquote type="cite"><p>older</p></blockquote>'.repeat(200) +
  '<table><tr><td style="color: #333">row</td></tr></table>'.repeat(300);

const wrap = (inner: string) => `<blockquote type="cite" data-inkwell-quote="">${inner}</blockquote>`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('quotedBlocks with a remembered quote', () => {
  it('steps over the remembered output instead of reading its 200 nested quotes', () => {
    const quote = sanitizeMailHtml(quoteHtml, { allowRemoteImages: true }).html;
    const body = `<p>typed above</p>${wrap(quote)}<p>typed below</p>`;
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const [block] = quotedBlocks(body);
    // Finding the quote's start and looking for a next one; none per nested tag.
    expect(exec.mock.calls.length).toBeLessThan(5);
    exec.mockRestore();
    expect(body.slice(block?.start, block?.end)).toBe(wrap(quote));
    expect(stripQuotedBlocks(body)).toBe('<p>typed above</p><p>typed below</p>');
  });

  it('does not take an edited copy of the remembered quote for it', () => {
    const quote = sanitizeMailHtml(quoteHtml.replace('Original', 'Edited copy'), { allowRemoteImages: true }).html;
    for (const copy of [quote.replace('Edited copy', 'Edited c0py'), `${quote}<p>more</p>`, quote.slice(0, -13)]) {
      const body = `<p>typed above</p>${wrap(copy)}<p>typed below</p>`;
      const exec = vi.spyOn(RegExp.prototype, 'exec');
      quotedBlocks(body);
      expect(exec.mock.calls.length).toBeGreaterThan(400);
      exec.mockRestore();
    }
  });

  it('reads a block it does not know for its nested tags, with the same result', () => {
    const unknown = sanitizeMailHtml(quoteHtml.replace('Original', 'Another'), { allowRemoteImages: true }).html;
    // Sanitized but forgotten: eight later outputs pushed it out.
    for (let i = 0; i < 8; i++) sanitizeMailHtml(`${quoteHtml}<p>${i}</p>`);
    const body = `<p>typed above</p>${wrap(unknown)}<p>typed below</p>`;
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const [block] = quotedBlocks(body);
    expect(exec.mock.calls.length).toBeGreaterThan(400);
    exec.mockRestore();
    expect(body.slice(block?.start, block?.end)).toBe(wrap(unknown));
  });
});
