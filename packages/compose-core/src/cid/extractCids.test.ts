import { vi } from 'vitest';
import { sanitizeMailHtml } from '../sanitize/sanitizeMailHtml';
import { extractCids } from './extractCids';

describe('extractCids', () => {
  it('lists every referenced id once, without <>, in order', () => {
    const html =
      '<img src="cid:b@x"><div style="background-image:url(\'CID:a@x\')"></div>' +
      '<img srcset="cid:c@x 2x, https://e.example/i.png 3x"><table background="cid:<d@x>"></table><img src="cid:b@x">';
    expect([...extractCids(html)]).toEqual(['b@x', 'a@x', 'c@x', 'd@x']);
  });

  it('ignores cid: in text and other schemes', () => {
    expect(extractCids('<p>cid:x@y</p><img src="https://cid.example/cid:z"><a href="cid:q@x">q</a>').size).toBe(0);
  });
});

describe('extractCids on a long sanitizer output', () => {
  it('takes the references found while sanitizing instead of parsing the quote again, in the same order', () => {
    const refs =
      '<img src="cid:b@x"><div style="background-image:url(\'CID:a@x\')"></div>' +
      '<img srcset="cid:c@x 2x"><table background="cid:<d@x>"><tr><td>t</td></tr></table><img src="cid:b@x">';
    const html = sanitizeMailHtml(`${refs}${'<p>Quoted <b>text</b> of a long thread.</p>'.repeat(600)}`, {
      allowRemoteImages: true,
    }).html;
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const found = [...extractCids(html)];
    const parsed = parse.mock.calls.length;
    parse.mockRestore();
    expect(parsed).toBe(0);
    expect(found).toEqual(['b@x', 'a@x', 'c@x', 'd@x']);
    // The same as parsing a copy the sanitizer never produced.
    expect([...extractCids(`${html}<p></p>`)]).toEqual(found);
  });
});
