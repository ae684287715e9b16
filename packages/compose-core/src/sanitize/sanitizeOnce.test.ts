// Sanitizing a quote once: the sanitizer recognizes its own output (never a look-alike), and parking remote images
// on already sanitized DOM gives exactly what sanitizing without remote images gives.
import { bypassCorpus } from './bypassCorpus';
import { hostileCorpus } from './hostileCorpus';
import {
  isSanitizedHtmlString,
  isSanitizedMailHtml,
  parkRemoteResources,
  sanitizeMailHtml,
  takeSanitizedDom,
} from './sanitizeMailHtml';

const longMail = (marker: string) =>
  `<p>${marker}</p>` +
  '<table cellpadding="4"><tr><td style="color: #333; padding: 2px">cell</td></tr></table>'.repeat(300) +
  '<img src="https://banner.example/a.png" alt="banner">';

function parkedForScreen(html: string): { html: string; blockedRemoteImages: number; hasRemoteContent: boolean } {
  const kept = sanitizeMailHtml(html, { allowRemoteImages: true });
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${kept.html}</body>`, 'text/html');
  const report = parkRemoteResources(doc.body);
  return { html: doc.body.innerHTML, ...report };
}

describe('isSanitizedMailHtml', () => {
  it('knows the result objects of sanitizeMailHtml, and they cannot be altered', () => {
    const result = sanitizeMailHtml('<p>Hi</p>');
    expect(isSanitizedMailHtml(result)).toBe(true);
    expect(Object.isFrozen(result)).toBe(true);
    expect(() => {
      (result as { html: string }).html = '<img src=x onerror=alert(1)>';
    }).toThrow(TypeError);
  });

  it('rejects a look-alike object, even a copy of a real result', () => {
    const result = sanitizeMailHtml('<p>Hi</p>');
    expect(isSanitizedMailHtml({ ...result })).toBe(false);
    expect(isSanitizedMailHtml({ html: '<img src=x onerror=alert(1)>', blockedRemoteImages: 0 })).toBe(false);
    expect(isSanitizedMailHtml('<p>Hi</p>')).toBe(false);
    expect(isSanitizedMailHtml(null)).toBe(false);
  });
});

describe('isSanitizedHtmlString', () => {
  it('knows a long output by value, also as another copy of the same text', () => {
    const { html } = sanitizeMailHtml(longMail('by value'));
    expect(isSanitizedHtmlString(html)).toBe(true);
    expect(isSanitizedHtmlString(html.split('').join(''))).toBe(true);
  });

  it('does not know the raw mail, an output with anything added, or short outputs', () => {
    const raw = `${longMail('raw')}<img src=x onerror="alert(1)">`;
    const { html } = sanitizeMailHtml(raw);
    expect(isSanitizedHtmlString(raw)).toBe(false);
    expect(isSanitizedHtmlString(`${html}<img src=x onerror="alert(1)">`)).toBe(false);
    const short = sanitizeMailHtml('<p>short</p>').html;
    expect(isSanitizedHtmlString(short)).toBe(false);
  });

  it('forgets old outputs', () => {
    const first = sanitizeMailHtml(longMail('first')).html;
    for (let i = 0; i < 8; i++) sanitizeMailHtml(longMail(`later ${i}`));
    expect(isSanitizedHtmlString(first)).toBe(false);
  });
});

describe('parkRemoteResources', () => {
  it('parks what sanitizing without remote images parks, and counts the same', () => {
    const html =
      '<img src="https://t.example/p.gif" srcset="https://t.example/2.gif 2x" alt="t">' +
      '<td background="https://t.example/bg.png">x</td>' +
      '<div style="color: red; background: url(https://t.example/bg.png)">y</div>' +
      '<img src="cid:logo@x" alt="logo"><p style="color: blue">z</p>';
    const direct = sanitizeMailHtml(html);
    expect(direct.blockedRemoteImages).toBeGreaterThan(1);
    expect(parkedForScreen(html)).toEqual({ ...direct });
  });

  it.each(hostileCorpus.map((c) => [c.name, c.html] as const))('hostile corpus: %s', (_name, html) => {
    expect(parkedForScreen(html)).toEqual({ ...sanitizeMailHtml(html) });
  });

  it.each(bypassCorpus.map((c) => [c.name, c.html('http://127.0.0.1:1')] as const))(
    'bypass corpus: %s',
    (_name, html) => {
      expect(parkedForScreen(html)).toEqual({ ...sanitizeMailHtml(html) });
    },
  );

  it('only reports remote images when they are allowed', () => {
    const html = '<img src="https://t.example/p.gif" alt="t">';
    const doc = new DOMParser().parseFromString(sanitizeMailHtml(html, { allowRemoteImages: true }).html, 'text/html');
    expect(parkRemoteResources(doc.body, { allowRemoteImages: true })).toEqual({
      blockedRemoteImages: 0,
      hasRemoteContent: true,
    });
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://t.example/p.gif');
  });
});

describe('takeSanitizedDom', () => {
  it('gives the inert DOM of an output kept with keepDom, once', () => {
    const result = sanitizeMailHtml(longMail('kept'), { allowRemoteImages: true, keepDom: true });
    const body = takeSanitizedDom(result.html)?.body;
    expect(body?.innerHTML).toBe(result.html);
    expect(body?.ownerDocument).not.toBe(document);
    expect(body?.querySelector('img[src="https://banner.example/a.png"]')).not.toBeNull();
    expect(takeSanitizedDom(result.html)).toBeUndefined();
  });

  it("lists the kept DOM's cid: images, in order, and no other image", () => {
    const html = `<img src="cid:a@x" alt="a"><img src="https://cdn.example/r.png"><p><img src=" CID:b@x"></p>${longMail('cids')}`;
    const dom = takeSanitizedDom(sanitizeMailHtml(html, { allowRemoteImages: true, keepDom: true }).html);
    expect(dom?.cidImages.map((img) => img.getAttribute('src'))).toEqual(['cid:a@x', 'CID:b@x']);
    expect(dom?.cidImages.every((img) => dom.body.contains(img))).toBe(true);
  });

  it('keeps nothing without keepDom, and nothing for a string it did not produce', () => {
    const result = sanitizeMailHtml(longMail('not kept'));
    expect(takeSanitizedDom(result.html)).toBeUndefined();
    expect(takeSanitizedDom(longMail('raw'))).toBeUndefined();
  });
});
