// The two sanitizer engines in real Chromium: the browser's HTML Sanitizer plus our walk must give exactly what
// DOMPurify gives, and `auto` must take it only for a long mail.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS } from './mailRules';
import { bypassCorpus } from './bypassCorpus';
import { hostileCorpus } from './hostileCorpus';
import { type SanitizeMailHtmlOptions, sanitizeMailHtml, takeSanitizedDom } from './sanitizeMailHtml';
import { hasNativeSanitizer } from './sanitizeNatively';
import { NATIVE_FROM_CHARS, sanitizerEngine } from './sanitizerEngine';

afterEach(() => {
  sanitizerEngine.use = 'auto';
  vi.restoreAllMocks();
});

function sanitizeWith(engine: 'dompurify' | 'native', html: string, options?: SanitizeMailHtmlOptions) {
  sanitizerEngine.use = engine;
  const { html: out, blockedRemoteImages, hasRemoteContent } = sanitizeMailHtml(html, options);
  return { html: out, blockedRemoteImages, hasRemoteContent };
}

// Every allowed element carrying every allowed attribute, plus what mail brings that is not allowed: unknown and
// namespaced elements, comments, a form, data and ARIA attributes, values with whitespace and markup.
const attributes = ALLOWED_ATTR.map((name) => `${name}=" https://cdn.example/${name}.png "`).join(' ');
const everyTag = ALLOWED_TAGS.map((tag) => `<${tag} ${attributes} data-x="1" aria-label="l">${tag} text</${tag}>`);
const mailShapes = [
  '  \n<o:p>office</o:p><st1:place>Cluj</st1:place><custom-el>custom</custom-el><!-- a comment --><p>a<!--b-->c</p>',
  '<form action="/x"><input name="email"><button>press</button><textarea>&lt;b&gt;</textarea></form>',
  '<p title="a/>b" class="x]>y" width="javascript:alert(1)" align="center" style="color: red">values</p>',
  '<svg><a href="https://x.example/"><text>svg</text></a></svg><math><mi>x</mi></math><template><p>t</p></template>',
  '<table background="cid:bg"><tr><td><img src="cid:part1" alt="inline"><img src="data:image/png;base64,AAAA"></td></tr></table>',
  '<a href="mailto:a@b.example">mail</a><a href="/relative">rel</a><a href="https://ok.example/ x">web</a>',
];

describe('the two sanitizer engines', () => {
  it('this browser has the HTML Sanitizer, so the native engine is the one under test', () => {
    expect(hasNativeSanitizer()).toBe(true);
  });

  it.each([
    ...hostileCorpus.map((c) => [c.name, c.html, c.options] as const),
    ...bypassCorpus.map((c) => [c.name, c.html(location.origin), undefined] as const),
    ['every allowed tag and attribute', everyTag.join(''), undefined] as const,
    ...mailShapes.map((html, i) => [`mail shape ${i + 1}`, html, undefined] as const),
  ])('give the same result: %s', (_name, html, options) => {
    for (const allowRemoteImages of [false, true]) {
      const withOptions = { ...options, allowRemoteImages: allowRemoteImages || options?.allowRemoteImages };
      expect(sanitizeWith('native', html, withOptions)).toEqual(sanitizeWith('dompurify', html, withOptions));
    }
  });

  it('differ on a form whose controls shadow its properties: DOMPurify drops its text, the native engine keeps it', () => {
    const html = '<form><input name="attributes"><button>press</button></form><p>after</p>';
    expect(sanitizeWith('dompurify', html).html).toBe('<p>after</p>');
    expect(sanitizeWith('native', html).html).toBe('press<p>after</p>');
  });

  it('give the same result and the same kept DOM for a long mail', () => {
    const html = `${everyTag.join('')}${mailShapes.join('')}<p>${'x'.repeat(500)}</p>`.repeat(8);
    expect(html.length).toBeGreaterThan(NATIVE_FROM_CHARS);
    const native = sanitizeWith('native', html, { keepDom: true });
    const nativeDom = takeSanitizedDom(native.html);
    const purified = sanitizeWith('dompurify', html, { keepDom: true });
    expect(native).toEqual(purified);
    expect(nativeDom?.body.innerHTML).toBe(native.html);
    expect(nativeDom?.cidImages).toHaveLength(takeSanitizedDom(purified.html)?.cidImages.length ?? -1);
  });
});

describe('auto', () => {
  it('takes the browser’s sanitizer for a long mail only', () => {
    const parse = vi.spyOn(Document as unknown as { parseHTML: () => Document }, 'parseHTML');
    sanitizeMailHtml('<p>short</p>');
    expect(parse).not.toHaveBeenCalled();
    sanitizeMailHtml(`<p>${'long '.repeat(NATIVE_FROM_CHARS / 5)}</p>`);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('falls back to DOMPurify, counting afresh, when the native pass did not run as configured', () => {
    const html = `<img src="https://t.example/a.png" alt=""><form><input name="attributes">${'<p>text</p>'.repeat(2000)}</form>`;
    const expected = sanitizeWith('dompurify', html);
    // A pass that ignored its configuration: the form is still there when the walk meets it.
    vi.spyOn(Document as unknown as { parseHTML: (html: string) => Document }, 'parseHTML').mockImplementation(
      (input: string) => Document.parseHTMLUnsafe(input),
    );
    sanitizerEngine.use = 'auto';
    expect(sanitizeMailHtml(html)).toEqual(expected);
    // DOMPurify drops a form whose controls shadow its properties, text and all (a walk that went on would keep it).
    expect(expected).toEqual({
      html: '<img alt="" data-inkwell-remote-src="https://t.example/a.png">',
      blockedRemoteImages: 1,
      hasRemoteContent: true,
    });
  });

  it('falls back to DOMPurify when the browser’s sanitizer refuses the configuration', () => {
    const html = `<p onclick="alert(1)">${'x'.repeat(NATIVE_FROM_CHARS)}</p><img src="https://t.example/a.png" alt="">`;
    const expected = sanitizeWith('dompurify', html);
    const parse = vi.spyOn(Document as unknown as { parseHTML: () => Document }, 'parseHTML').mockImplementation(() => {
      throw new TypeError('unsupported sanitizer configuration');
    });
    sanitizerEngine.use = 'auto';
    expect(sanitizeMailHtml(html)).toEqual(expected);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(expected.blockedRemoteImages).toBe(1);
  });

  it('sanitizes with DOMPurify where the browser has no HTML Sanitizer', () => {
    const html = `<p onclick="alert(1)">${'x'.repeat(NATIVE_FROM_CHARS)}</p><script>alert(2)</script>`;
    const expected = sanitizeWith('dompurify', html);
    vi.spyOn(globalThis, 'Document', 'get').mockReturnValue(undefined as unknown as typeof Document);
    sanitizerEngine.use = 'auto';
    expect(hasNativeSanitizer()).toBe(false);
    expect(sanitizeMailHtml(html)).toEqual(expected);
    expect(expected.html).not.toMatch(/onclick|script/);
  });
});
