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
