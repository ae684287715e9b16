import { formatAddress, normalizeAddress } from '@inkwell/axigen-client';
import { parseAddressList } from '@inkwell/axigen-client/addresses';
import { isValidEmailAddress } from './isValidEmailAddress';

const ACCEPTED = [
  'ann@example.com',
  'ann.smith+tag@mail.example.co.uk',
  "o'brien@example.ie",
  'x@a-b.example',
  'ann@bücher.de',
  'ann@xn--bcher-kva.de',
  'jörg@bücher.de',
  '用户@例子.广告',
  '"ann smith"@example.com',
  '"a\\"b"@example.com',
  'ann@[192.168.0.1]',
  'ann@[IPv6:2001:db8::1]',
  'ann@example.com.',
  `${'a'.repeat(64)}@example.com`,
  'ann@bu\u00adcher.de',
  'ann@BÜCHER.DE',
  '"a,b <c>"@example.com',
];

describe('isValidEmailAddress', () => {
  it.each(ACCEPTED)('accepts %s', (address) => {
    expect(isValidEmailAddress(address)).toBe(true);
  });

  it.each(ACCEPTED)('%s formats, and the header reads back as the same normalized address', (address) => {
    const header = formatAddress({ name: 'Ann, the first', address });
    expect(parseAddressList(header)).toStrictEqual([{ name: 'Ann, the first', address: normalizeAddress(address) }]);
  });

  it.each([
    '',
    ' ann@example.com',
    'ann',
    'ann@',
    '@example.com',
    'ann@localhost',
    'ann@@example.com',
    'ann@exa mple.com',
    'ann smith@example.com',
    '.ann@example.com',
    'ann.@example.com',
    'an..n@example.com',
    'ann@example..com',
    'ann@-example.com',
    'ann@example-.com',
    'ann@example.123',
    'ann@1.2.3.4',
    'ann@[300.1.1.1]',
    'ann@[IPv6:zz::1]',
    'ann@exam_ple.com',
    'ann(comment)@example.com',
    '"unterminated@example.com',
    `${'a'.repeat(65)}@example.com`,
    'an\u00adn@example.com',
    'ann\u200b@example.com',
    'ann\u202e@example.com',
    'ann@exa\u202emple.com',
    'ann\u0000@example.com',
    '\ud83d@example.com',
    `a@${'b'.repeat(64)}.com`,
    `a@${Array.from({ length: 60 }, () => 'abcd').join('.')}.com`,
  ])('rejects %j', (address) => {
    expect(isValidEmailAddress(address)).toBe(false);
  });
});
