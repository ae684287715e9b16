import { normalizeLinkUrl, normalizeResourceUrl } from './normalizeUrl';

describe('normalizeResourceUrl', () => {
  it.each([
    [' https://cdn.example/a.png ', 'remote', 'https://cdn.example/a.png'],
    ['ht\ttps://cdn.example/a\n.png', 'remote', 'https://cdn.example/a.png'],
    ['HTTPS://CDN.example/a.png', 'remote', 'https://cdn.example/a.png'],
    ['https:cdn.example/a.png', 'remote', 'https://cdn.example/a.png'],
    ['//cdn.example/a.png', 'remote', '//cdn.example/a.png'],
    ['/\\cdn.example/a.png', 'remote', '//cdn.example/a.png'],
    ['\u0001 cid:logo@x ', 'inline', 'cid:logo@x'],
    ['data:image/png;base64,AAAA', 'inline', 'data:image/png;base64,AAAA'],
  ])('%j is %s, kept as %j', (raw, kind, url) => {
    expect(normalizeResourceUrl(raw)).toEqual({ kind, url });
  });

  it.each([
    'ht tps://cdn.example/a.png',
    'ht\u0001tps://cdn.example/a.png',
    '/api/v1/logout',
    'logout',
    '../x.png',
    '?x=1',
    '#top',
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'data:image/svg',
    'cid:',
    'blob:https://x.example/1',
    'ftp://x.example/a.png',
    '',
  ])('%j is unsafe and kept as nothing', (raw) => {
    expect(normalizeResourceUrl(raw)).toEqual({ kind: 'unsafe', url: '' });
  });
});

describe('normalizeLinkUrl', () => {
  it('keeps web, mail and phone links as the URL parser reads them', () => {
    expect(normalizeLinkUrl(' https://example.org ')).toBe('https://example.org');
    expect(normalizeLinkUrl('mai\nlto:ann@example.com')).toBe('mailto:ann@example.com');
    expect(normalizeLinkUrl('tel:+4930123')).toBe('tel:+4930123');
  });

  it.each(['/account/logout', '#top', 'java\tscript:x()', 'ht tps://x.example/'])('drops %j', (raw) => {
    expect(normalizeLinkUrl(raw)).toBeUndefined();
  });
});
