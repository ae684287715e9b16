import { sanitizeInlineStyle } from './sanitizeInlineStyle';

describe('sanitizeInlineStyle', () => {
  it('keeps ordinary declarations verbatim', () => {
    expect(sanitizeInlineStyle('color: #333; font-size: 14px ;margin:0 auto')).toEqual({
      style: 'color: #333; font-size: 14px; margin:0 auto',
      blockedStyle: '',
      hasRemoteContent: false,
    });
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
});
