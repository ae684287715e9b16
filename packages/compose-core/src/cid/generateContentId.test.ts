import { generateContentId } from './generateContentId';

describe('generateContentId', () => {
  it('is <22 url-safe chars>@<domain>, without <>', () => {
    expect(generateContentId('example.com')).toMatch(/^[A-Za-z0-9_-]{22}@example\.com$/);
  });

  it('is different every time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => generateContentId('example.com')));
    expect(ids.size).toBe(200);
  });

  it('uses crypto.getRandomValues', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint8Array).fill(0xfb);
      return array;
    });
    try {
      expect(generateContentId('example.com')).toBe('-_v7-_v7-_v7-_v7-_v7-w@example.com');
    } finally {
      spy.mockRestore();
    }
  });

  it('writes IDN domains in punycode and tolerates a leading @', () => {
    expect(generateContentId('@Bücher.de')).toMatch(/@xn--bcher-kva\.de$/);
  });

  it('rejects what is not a domain', () => {
    expect(() => generateContentId('')).toThrow('generateContentId: "" is not a domain name');
    expect(() => generateContentId('a b.com')).toThrow('generateContentId: "a b.com" is not a domain name');
  });
});
