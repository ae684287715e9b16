import { describe, expect, it } from 'vitest';
import type { Recipient } from './client-types';
import { formatAddress, formatAddressList } from './format-address';
import { normalizeAddress } from './normalize-address';
import { parseAddressList } from './parse-address-list';
import { readAddressList } from './read-address-list';
import { toAsciiDomain } from './to-ascii-domain';
import { toUnicodeDomain } from './to-unicode-domain';

describe('formatAddress', () => {
  it.each<[Recipient, string]>([
    [{ address: 'jane@example.com' }, 'jane@example.com'],
    [{ name: '', address: 'jane@example.com' }, 'jane@example.com'],
    [{ name: '   ', address: 'jane@example.com' }, 'jane@example.com'],
    [{ name: 'Jane Doe', address: 'jane@example.com' }, 'Jane Doe <jane@example.com>'],
    [{ name: '  Jane Doe ', address: ' jane@example.com ' }, 'Jane Doe <jane@example.com>'],
    [{ name: 'Doe, Jane', address: 'j@x.com' }, '"Doe, Jane" <j@x.com>'],
    [{ name: 'Jane "JD" Doe', address: 'j@x.com' }, '"Jane \\"JD\\" Doe" <j@x.com>'],
    [{ name: 'C:\\Users\\jane', address: 'j@x.com' }, '"C:\\\\Users\\\\jane" <j@x.com>'],
    [{ name: 'Dr. Jane', address: 'j@x.com' }, '"Dr. Jane" <j@x.com>'],
    [{ name: 'jane@work', address: 'j@x.com' }, '"jane@work" <j@x.com>'],
    [{ name: 'A; B', address: 'j@x.com' }, '"A; B" <j@x.com>'],
    [{ name: 'Jane (work)', address: 'j@x.com' }, '"Jane (work)" <j@x.com>'],
    [{ name: '[team] <lead>', address: 'j@x.com' }, '"[team] <lead>" <j@x.com>'],
    [{ name: 'Jürgen Müller', address: 'ü@bücher.de' }, 'Jürgen Müller <ü@bücher.de>'],
    [{ name: 'Müller, Jürgen', address: 'j@x.de' }, '"Müller, Jürgen" <j@x.de>'],
    [{ name: 'محمد علي', address: 'm@example.eg' }, 'محمد علي <m@example.eg>'],
    [{ name: '😀 Smiley', address: 's@x.com' }, '😀 Smiley <s@x.com>'],
    [{ name: 'Jane  Doe', address: 'j@x.com' }, '"Jane  Doe" <j@x.com>'],
    [{ name: "O'Brien", address: 'ob@x.ie' }, "O'Brien <ob@x.ie>"],
  ])('%j → %s', (recipient, header) => {
    expect(formatAddress(recipient)).toBe(header);
  });

  it.each([
    [{ name: 'Jane\r\nBcc: evil@x.com', address: 'j@x.com' }, 'recipient.name'],
    [{ name: 'Tab\there', address: 'j@x.com' }, 'recipient.name'],
    [{ name: 'Nul\u0000', address: 'j@x.com' }, 'recipient.name'],
    [{ name: 'C1\u0085', address: 'j@x.com' }, 'recipient.name'],
    [{ name: 'half \uD83D', address: 'j@x.com' }, 'recipient.name'],
    [{ address: 'j@x.com\r\n' }, 'recipient.address'],
    [{ address: '' }, 'recipient.address'],
    [{ address: 'no-at-sign' }, 'recipient.address'],
    [{ address: 'two@at@signs.com' }, 'recipient.address'],
    [{ address: '@example.com' }, 'recipient.address'],
    [{ address: 'jane@' }, 'recipient.address'],
    [{ address: 'jane doe@example.com' }, 'recipient.address'],
    [{ address: 'a,b@example.com' }, 'recipient.address'],
    [{ address: '<j@x.com>' }, 'recipient.address'],
    [{ address: 'j@.example.com' }, 'recipient.address'],
    [{ address: 'j@example..com' }, 'recipient.address'],
    [{ address: 'j@exa%mple.com' }, 'recipient.address'],
    [{ address: 42 }, 'recipient.address'],
    [{ name: 42, address: 'j@x.com' }, 'recipient.name'],
  ])('rejects %j as invalid-input naming %s', (recipient, field) => {
    expect(() => formatAddress(recipient as unknown as Recipient)).toThrowError(
      expect.objectContaining({ name: 'AxigenError', kind: 'invalid-input', field, operation: 'formatAddress' }),
    );
  });
});

describe('formatAddressList', () => {
  it('joins with ", " and names the failing entry by index', () => {
    expect(formatAddressList([{ address: 'a@x.com' }, { name: 'B, b', address: 'b@x.com' }])).toBe(
      'a@x.com, "B, b" <b@x.com>',
    );
    expect(formatAddressList([])).toBe('');
    expect(() =>
      formatAddressList([{ address: 'a@x.com' }, { name: 'Evil\nBcc: x@y.z', address: 'b@x.com' }], {
        operation: 'send',
        field: 'to',
      }),
    ).toThrowError(expect.objectContaining({ kind: 'invalid-input', field: 'to[1].name', operation: 'send' }));
  });
});

describe('parseAddressList (readAddressList, cross-checked with postal-mime)', () => {
  it('reads names, quoted names, encoded words, and flattens groups', () => {
    expect(
      parseAddressList(
        '"Doe, Jane" <j@x.com>, plain@x.com, Team: a@x.com, "B" <b@x.com>;, =?utf-8?q?J=C3=BCrgen?= <jg@x.de>, undisclosed-recipients:;',
      ),
    ).toStrictEqual([
      { name: 'Doe, Jane', address: 'j@x.com' },
      { address: 'plain@x.com' },
      { address: 'a@x.com' },
      { name: 'B', address: 'b@x.com' },
      { name: 'Jürgen', address: 'jg@x.de' },
    ]);
  });

  it('returns [] for an empty header and drops entries without an address', () => {
    expect(parseAddressList('')).toStrictEqual([]);
    expect(parseAddressList('Jane, b@x.com')).toStrictEqual([{ address: 'b@x.com' }]);
  });

  const hostile: Recipient[] = [
    { name: 'Doe, Jane', address: 'jane@example.com' },
    { name: 'Jane "JD" Doe', address: 'jd@example.com' },
    { name: 'Back\\slash "and" quote', address: 'bs@example.com' },
    { name: 'Ends with backslash \\', address: 'end@example.com' },
    { name: '😀 Emoji 👩‍👩‍👧', address: 'emoji@example.com' },
    { name: 'محمد بن سلمان', address: 'arabic@example.sa' },
    { name: 'Müller, Jürgen', address: 'ü@bücher.de' },
    { name: 'Dr. No (Evil) <boss@x>', address: 'no@example.com' },
    { name: 'semi; colon: group', address: 'sc@example.com' },
    { address: 'bare@example.com' },
  ];

  it('round-trips hostile names through formatAddressList', () => {
    expect(parseAddressList(formatAddressList(hostile))).toStrictEqual(hostile);
  });

  it.each(hostile)('round-trips %j alone', (recipient) => {
    expect(parseAddressList(formatAddress(recipient))).toStrictEqual([recipient]);
  });
});

describe('addresses: the same form for validation, formatting and the header', () => {
  it.each<[Recipient, string]>([
    [{ address: '"john doe"@example.com' }, '"john doe"@example.com'],
    [{ name: 'John', address: '"john doe"@example.com' }, 'John <"john doe"@example.com>'],
    [{ address: 'ann@[192.0.2.1]' }, 'ann@[192.0.2.1]'],
    [{ name: 'Ann', address: 'ann@[IPv6:2001:db8::1]' }, 'Ann <ann@[IPv6:2001:db8::1]>'],
    [{ address: 'ann@BU\u00adCHER.de' }, 'ann@bucher.de'],
    [{ address: 'ann@BÜCHER.de' }, 'ann@bücher.de'],
    [{ address: 'ann@xn--bcher-kva.de' }, 'ann@bücher.de'],
    [{ address: 'ann@例子。广告' }, 'ann@例子.广告'],
    [{ address: 'ann@example.com.' }, 'ann@example.com'],
  ])('formats %j as %s, which reads back the same', (recipient, header) => {
    expect(formatAddress(recipient)).toBe(header);
    expect(parseAddressList(header)).toStrictEqual([{ ...recipient, address: normalizeAddress(recipient.address) }]);
  });

  it.each(['"unclosed@example.com', '"a"b"@example.com', 'ann@[1.2.3.4', 'ann@[a b]', 'a(b)@example.com'])(
    'refuses %j',
    (address) => {
      expect(() => formatAddress({ address })).toThrowError(expect.objectContaining({ kind: 'invalid-input' }));
    },
  );

  it('reads a header without losing or inventing a mailbox', () => {
    expect(parseAddressList('Ann <ann@x.example>\r\nBcc: evil@e.example')).toStrictEqual([
      { name: 'Ann', address: 'ann@x.example' },
      { address: 'evil@e.example' },
    ]);
    expect(parseAddressList('Doe, John <j@x.example>')).toStrictEqual([{ name: 'Doe, John', address: 'j@x.example' }]);
    expect(parseAddressList('u@(trusted.example)evil.example, ok@x.example')).toStrictEqual([
      { address: 'ok@x.example' },
    ]);
    expect(parseAddressList('"a@evil.example"@x.example')).toStrictEqual([{ address: '"a@evil.example"@x.example' }]);
  });

  it('marks what it cannot read as one mailbox', () => {
    expect(readAddressList('Doe, John <j@x.example>, a@x.example <b@y.example>, Jane').map((e) => e.problem)).toEqual([
      'comma-in-name',
      'several-addresses',
      'no-address',
    ]);
  });
});

describe('toUnicodeDomain', () => {
  it('maps as UTS-46 does and decodes punycode', () => {
    expect(toUnicodeDomain('BÜ\u00adCHER.de')).toBe('bücher.de');
    expect(toUnicodeDomain('xn--fsqu00a.xn--4rr70v')).toBe('例子.广告');
    expect(toUnicodeDomain('Example.COM')).toBe('example.com');
  });

  it.each(['', 'a b.com', 'exa\u202emple.com'])('rejects %j', (domain) => {
    expect(() => toUnicodeDomain(domain)).toThrowError(expect.objectContaining({ kind: 'invalid-input' }));
  });
});

describe('toAsciiDomain', () => {
  it('converts IDN domains to punycode and keeps ASCII ones', () => {
    expect(toAsciiDomain('bücher.de')).toBe('xn--bcher-kva.de');
    expect(toAsciiDomain('Example.COM')).toBe('example.com');
  });

  it.each(['', 'a b.com', 'x/y', 'user@host', 'exa%mple.com'])('rejects %j', (domain) => {
    expect(() => toAsciiDomain(domain)).toThrowError(
      expect.objectContaining({ kind: 'invalid-input', field: 'domain' }),
    );
  });
});
