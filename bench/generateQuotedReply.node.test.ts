// @vitest-environment jsdom
// jsdom only for DOMParser: the structure checks parse the HTML the way a browser would, so unbalanced markup shows
// up as a mismatch between the source's tags and the parsed tree.
import { createRandom } from './fixtures/createRandom';
import { formatMailDate } from './fixtures/createMailBlocks';
import { defaultQuoteSeed, generateQuotedReply, quoteSizes } from './fixtures/generateQuotedReply';

const bytesOf = (s: string) => new TextEncoder().encode(s).length;
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
const citeDepth = (el: Element) => {
  let depth = 0;
  for (let node: Element | null = el; node; node = node.parentElement?.closest('blockquote[type="cite"]') ?? null) {
    depth++;
  }
  return depth;
};

const reply200k = generateQuotedReply({ targetBytes: quoteSizes['200k'] });
const reply1m = generateQuotedReply({ targetBytes: quoteSizes['1m'] });
// Parsing 1 MB in jsdom takes seconds: once per file.
const parsed = new Map([reply200k, reply1m].map((reply) => [reply, parse(reply.html)]));
const parsedOf = (reply: typeof reply200k) => parsed.get(reply) ?? parse(reply.html);

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  it('rejects a non-integer seed and picking from an empty list', () => {
    expect(() => createRandom(1.5)).toThrow('seed must be an integer, got 1.5');
    expect(() => createRandom(1).pick([])).toThrow('pick from an empty list');
  });
});

describe('formatMailDate', () => {
  it('formats in UTC, independent of the machine locale', () => {
    expect(formatMailDate(new Date(Date.UTC(2026, 2, 3, 9, 5)))).toBe('Tue, 3 Mar 2026 at 09:05');
  });
});

describe('generateQuotedReply', () => {
  it.each([
    ['200k', reply200k],
    ['1m', reply1m],
  ] as const)('hits the %s target within ±2 %% and reports its true byte size', (size, reply) => {
    const target = quoteSizes[size];
    expect(reply.bytes).toBe(bytesOf(reply.html));
    expect(Math.abs(reply.bytes - target) / target).toBeLessThanOrEqual(0.02);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const again = generateQuotedReply({ targetBytes: quoteSizes['200k'], seed: defaultQuoteSeed });
    expect(again.html).toBe(reply200k.html);
    const other = generateQuotedReply({ targetBytes: quoteSizes['200k'], seed: defaultQuoteSeed + 1 });
    expect(other.html).not.toBe(reply200k.html);
  });

  it('produces balanced markup: the parsed tree has exactly the tags the source has', () => {
    for (const reply of [reply200k, reply1m]) {
      const doc = parsedOf(reply);
      expect(doc.querySelectorAll('table')).toHaveLength(reply.tables);
      expect(doc.querySelectorAll('blockquote')).toHaveLength(reply.blockquotes);
      expect(doc.querySelectorAll('div')).toHaveLength(reply.html.match(/<div\b/g)?.length ?? -1);
      expect(doc.querySelectorAll('a')).toHaveLength(reply.links);
      // No element implied or dropped by the parser: every start tag in the source is one element in the tree.
      expect(doc.body.querySelectorAll('*')).toHaveLength(reply.html.match(/<[a-z][a-z0-9]*\b/g)?.length ?? -1);
    }
  });

  it('nests earlier messages in blockquote type=cite, several levels deep, with attribution lines', () => {
    const doc = parsedOf(reply1m);
    const cites = [...doc.querySelectorAll('blockquote[type="cite"]')];
    expect(cites).toHaveLength(reply1m.blockquotes);
    expect(Math.max(...cites.map(citeDepth))).toBe(reply1m.maxDepth);
    expect(reply1m.maxDepth).toBe(12);
    expect(doc.querySelectorAll('.gmail_attr').length).toBeGreaterThan(0);
    expect(reply1m.html).toMatch(/On \w{3}, \d{1,2} \w{3} 2026 at \d\d:\d\d, [^<]+ &lt;/);
    // Past the depth cap, Outlook-style messages continue flat under a From:/Sent: header.
    expect(doc.querySelectorAll('#divRplyFwdMsg').length).toBeGreaterThan(0);
  });

  it('has Outlook/Gmail markup: data tables with cellpadding and inline styles, fonts, signatures, ltr/rtl blocks', () => {
    const doc = parsedOf(reply200k);
    const dataTables = [...doc.querySelectorAll('table[cellpadding="4"]')];
    expect(dataTables.length).toBeGreaterThanOrEqual(3);
    for (const table of dataTables) {
      expect(table.querySelectorAll('thead th')).toHaveLength(5);
      expect(table.querySelector('td')?.getAttribute('style')).toMatch(
        /font-family:[^;]+;font-size:10pt;color:#222222/,
      );
    }
    expect(doc.querySelectorAll('font[color]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('.gmail_signature, table[cellpadding="0"]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('div[dir="ltr"]').length).toBeGreaterThan(10);
    expect(doc.querySelectorAll('[dir="rtl"]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('a[href^="mailto:"]').length).toBeGreaterThan(0);
  });

  it('includes cid: images and remote images, counted exactly', () => {
    const doc = parsedOf(reply1m);
    const cids = [...doc.querySelectorAll('img[src^="cid:"]')];
    expect(cids).toHaveLength(reply1m.cidImages);
    expect(reply1m.cidImages).toBeGreaterThan(0);
    expect(new Set(cids.map((img) => img.getAttribute('src'))).size).toBe(cids.length);
    expect(cids.every((img) => /^cid:image\d{3}\.png@[a-z]+\.example$/.test(img.getAttribute('src') ?? ''))).toBe(true);
    expect(doc.querySelectorAll('img[src^="https://"]')).toHaveLength(reply1m.remoteImages);
    expect(reply1m.remoteImages).toBeGreaterThan(0);
    expect(doc.querySelectorAll('img:not([alt])')).toHaveLength(0);
  });

  it('is multilingual and sanitizer-friendly', () => {
    for (const script of [/\p{Script=Han}/u, /\p{Script=Arabic}/u, /\p{Script=Cyrillic}/u, /\p{Script=Hebrew}/u]) {
      expect(reply1m.html).toMatch(script);
    }
    expect(reply1m.html).toMatch(/[äöüéñ]/);
    expect(reply1m.html).not.toMatch(/<script|<!--|\son\w+=|javascript:|<style|mso-/i);
  });

  it.each([0, 1024, 1.5, Number.NaN, 64 * 1024 * 1024])('rejects targetBytes %s with a clear error', (targetBytes) => {
    expect(() => generateQuotedReply({ targetBytes })).toThrow(
      `generateQuotedReply: targetBytes must be an integer from 4096 to 33554432, got ${targetBytes}`,
    );
  });

  it('rejects a maxDepth below 1', () => {
    expect(() => generateQuotedReply({ targetBytes: 8192, maxDepth: 0 })).toThrow(
      'maxDepth must be a positive integer',
    );
  });
});
