import { hostileCaseFailures } from './hostileCaseFailures';
import { hostileCorpus } from './hostileCorpus';
import { sanitizeMailHtml } from './sanitizeMailHtml';

describe('sanitizeMailHtml: hostile corpus', () => {
  it('has at least 25 cases', () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(25);
  });
  it.each(hostileCorpus.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const result = sanitizeMailHtml(testCase.html, testCase.options);
    expect(hostileCaseFailures(testCase, result)).toEqual([]);
  });
});

describe('sanitizeMailHtml', () => {
  it('returns exactly the expected markup for a typical case', () => {
    const result = sanitizeMailHtml('<p onclick="x()">Hi <b>Ann</b></p><img src="https://t.example/p.gif">');
    expect(result).toEqual({
      html: '<p>Hi <b>Ann</b></p><img data-inkwell-remote-src="https://t.example/p.gif">',
      blockedRemoteImages: 1,
      hasRemoteContent: true,
    });
  });

  it('counts one blocked element once even with several remote sources', () => {
    const result = sanitizeMailHtml(
      '<img src="https://a.example/1.png" srcset="https://a.example/2.png 2x" style="background:url(https://a.example/3.png)">',
    );
    expect(result.blockedRemoteImages).toBe(1);
  });

  it('keeps inline srcset candidates', () => {
    const result = sanitizeMailHtml('<img src="cid:a@x" srcset="cid:b@x 2x, cid:c@x 3x">');
    expect(result.html).toBe('<img src="cid:a@x" srcset="cid:b@x 2x, cid:c@x 3x">');
  });

  it('reads data: URLs with commas in a srcset as one candidate when parking it', () => {
    const srcset = 'https://a.example/x.png 1x, data:image/png;base64,AA,BB 2x';
    const result = sanitizeMailHtml(`<img alt="x" srcset="${srcset}">`);
    expect(result.html).toBe(`<img alt="x" data-inkwell-remote-srcset="${srcset}">`);
    expect(result.blockedRemoteImages).toBe(1);
  });

  it('drops in-page anchors, whose targets lost their ids', () => {
    expect(sanitizeMailHtml('<a href="#top">top</a>').html).toBe('<a>top</a>');
  });

  it('keeps CSS escapes that decode to something harmless (CJK font names)', () => {
    const { html } = sanitizeMailHtml('<span style="font-family:&quot;\\5FAE\\8F6F\\96C5\\9ED1&quot;">中文</span>');
    expect(html).toBe('<span style="font-family:&quot;\\5FAE\\8F6F\\96C5\\9ED1&quot;">中文</span>');
  });

  it('does not leak its hooks into the shared DOMPurify instance', async () => {
    const { default: DOMPurify } = await import('dompurify');
    sanitizeMailHtml('<a href="https://x.example/">x</a>');
    expect(DOMPurify.sanitize('<a href="https://x.example/">x</a>')).toBe('<a href="https://x.example/">x</a>');
  });

  it('rejects a non-string with a clear error', () => {
    expect(() => sanitizeMailHtml(undefined as unknown as string)).toThrow(
      'sanitizeMailHtml expects an HTML string, got undefined',
    );
  });

  it('returns empty output for empty input', () => {
    expect(sanitizeMailHtml('')).toEqual({ html: '', blockedRemoteImages: 0, hasRemoteContent: false });
  });
});
