import { rewriteCids } from './rewriteCids';

describe('rewriteCids', () => {
  const mapping = new Map([
    ['old1@x', 'new1@y'],
    ['<old2@x>', '<new2@y>'],
  ]);

  it('rewrites img src, background, srcset and CSS url() in one go', () => {
    const html =
      '<img src="cid:old1@x" srcset="cid:old1@x 1x, CID:old2@x 2x">' +
      '<table background="cid:old2@x"><tbody><tr><td style="background:url(&quot;cid:old1@x&quot;) no-repeat; color:red">a</td></tr></tbody></table>';
    expect(rewriteCids(html, mapping)).toBe(
      '<img src="cid:new1@y" srcset="cid:new1@y 1x, cid:new2@y 2x">' +
        '<table background="cid:new2@y"><tbody><tr><td style="background:url(&quot;cid:new1@y&quot;) no-repeat; color:red">a</td></tr></tbody></table>',
    );
  });

  it('matches the scheme in any case and ids exactly', () => {
    expect(rewriteCids('<img src="CiD:old1@x"><img src="cid:OLD1@x">', mapping)).toBe(
      '<img src="cid:new1@y"><img src="cid:OLD1@x">',
    );
  });

  it('accepts references written with <> or percent-encoded', () => {
    expect(rewriteCids('<img src="cid:<old1@x>"><img src="cid:%3Cold2%40x%3E">', mapping)).toBe(
      '<img src="cid:new1@y"><img src="cid:new2@y">',
    );
  });

  it('does not chain rewrites', () => {
    const swap = new Map([
      ['a@x', 'b@x'],
      ['b@x', 'a@x'],
    ]);
    expect(rewriteCids('<img src="cid:a@x"><img src="cid:b@x">', swap)).toBe('<img src="cid:b@x"><img src="cid:a@x">');
  });

  it('leaves unmapped references, prose and links alone and returns the input untouched when nothing matched', () => {
    const html = '<p>See cid:old1@x in the text</p><img src="cid:other@x"  alt=x>';
    expect(rewriteCids(html, mapping)).toBe(html);
  });

  it('keeps a whole document whole', () => {
    expect(rewriteCids('<!doctype html><html><head></head><body><img src="cid:old1@x"></body></html>', mapping)).toBe(
      '<!DOCTYPE html><html><head></head><body><img src="cid:new1@y"></body></html>',
    );
  });

  it('rejects an empty new id', () => {
    expect(() => rewriteCids('<img src="cid:a@x">', new Map([['a@x', '<>']]))).toThrow(
      'rewriteCids: the new content id for "a@x" is empty',
    );
  });
});
