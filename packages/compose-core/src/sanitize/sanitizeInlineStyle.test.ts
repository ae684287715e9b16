import { sanitizeInlineStyle } from './sanitizeInlineStyle';

describe('sanitizeInlineStyle', () => {
  it('gives a style whose declarations all stay back exactly as written (the attribute need not be rewritten)', () => {
    expect(sanitizeInlineStyle('color: #333; font-size: 14px ;margin:0 auto')).toEqual({
      style: 'color: #333; font-size: 14px ;margin:0 auto',
      blockedStyle: '',
      hasRemoteContent: false,
    });
  });

  it('rebuilds a style from the kept declarations when one is dropped, changed, or hidden behind a comment', () => {
    expect(sanitizeInlineStyle('color: #333;z-index: 9 ;margin:0 auto').style).toBe('color: #333; margin:0 auto');
    expect(sanitizeInlineStyle('color:red;font-weight:bold !important').style).toBe('color:red; font-weight: bold');
    expect(sanitizeInlineStyle('color:/* note */red;margin:0').style).toBe('color:red; margin:0');
    expect(sanitizeInlineStyle('color:r\\65 d;margin:0').style).toBe('color:r\\65 d; margin:0');
  });

  it('does not split inside quotes or parentheses', () => {
    expect(sanitizeInlineStyle(`font-family: "a;b", serif; background: url("data:image/png;base64,AA==")`).style).toBe(
      `font-family: "a;b", serif; background: url("data:image/png;base64,AA==")`,
    );
  });

  it('removes comments, so they cannot hide a forbidden property', () => {
    expect(sanitizeInlineStyle('z-/**/index: 5; color: red').style).toBe('color: red');
    expect(sanitizeInlineStyle('pos/* x */ition: fixed; color: red').style).toBe('color: red');
  });

  it('decodes escapes before checking names and values', () => {
    expect(sanitizeInlineStyle('\\7a-index: 9; color: red').style).toBe('color: red');
    expect(sanitizeInlineStyle('position: f\\69xed; color: red').style).toBe('color: red');
    expect(sanitizeInlineStyle('background: u\\72l(https://t.example/x.png)')).toEqual({
      style: '',
      blockedStyle: 'background: url("https://t.example/x.png")',
      hasRemoteContent: true,
    });
  });

  it('keeps cid: backgrounds and blocks remote ones unless allowed', () => {
    expect(sanitizeInlineStyle('background: url(cid:bg@x)').style).toBe('background: url("cid:bg@x")');
    expect(sanitizeInlineStyle('background: url(//t.example/x.png)', { allowRemoteImages: true })).toEqual({
      style: 'background: url("//t.example/x.png")',
      blockedStyle: '',
      hasRemoteContent: true,
    });
  });

  it('drops image-set() and src(), which load URLs without url()', () => {
    expect(sanitizeInlineStyle('background-image: image-set("https://t.example/a.png" 1x); color: red').style).toBe(
      'color: red',
    );
    expect(sanitizeInlineStyle('background-image: src("https://t.example/a.png")').style).toBe('');
  });

  it('drops declarations without a property or with an invalid name', () => {
    expect(sanitizeInlineStyle(': red; {color}: red; color red; width: 10px').style).toBe('width: 10px');
  });

  it.each([
    'top: -3000px',
    'inset: -10px auto auto -10px',
    'inset-inline-start: -900px',
    'transform: translate(-100vw, -100vh)',
    '-webkit-transform: rotate(180deg)',
    'translate: -50px',
    'scale: 40',
    'rotate: 90deg',
    'margin-top: -5000px',
    'margin: -100px 0 0 0',
    'margin-left: calc(-100vw)',
    'margin: 0 -.5em',
    'text-indent: -9999px',
    'clip-path: inset(0 0 100% 0)',
    '-webkit-clip-path: circle(0)',
    'clip: rect(0 0 0 0)',
    'mask: linear-gradient(transparent, transparent)',
    '-webkit-mask-image: none',
    'offset-path: path("M0 0 L-900 -900")',
    'position: -webkit-sticky',
    'position: var(--p)',
    '--p: fixed',
    'margin-top: var(--t)',
    'tr\\61nsform: scale(9)',
  ])('drops %j, which moves or hides content', (declaration) => {
    expect(sanitizeInlineStyle(`${declaration}; color: red`).style).toBe('color: red');
  });

  it('keeps margins that cannot pull content out, and position static or relative', () => {
    expect(sanitizeInlineStyle('margin: 0 auto; margin-top: 12px; position: relative').style).toBe(
      'margin: 0 auto; margin-top: 12px; position: relative',
    );
  });

  it('drops !important (it would beat the mail view containment) and rebuilds the declaration', () => {
    expect(sanitizeInlineStyle('color: red !important; position: relative!important').style).toBe(
      'color: red; position: relative',
    );
  });

  it('keeps the URL the browser reads in url(), never the text it was written as', () => {
    expect(
      sanitizeInlineStyle(`background: url(' ht\\9 tps://t.example/a.png')`, { allowRemoteImages: true }).style,
    ).toBe('background: url("https://t.example/a.png")');
    expect(sanitizeInlineStyle(`background: url("ht tps://t.example/a.png"); color: red`).style).toBe('color: red');
    expect(sanitizeInlineStyle('background: url(/api/logout); color: red').style).toBe('color: red');
  });
});
