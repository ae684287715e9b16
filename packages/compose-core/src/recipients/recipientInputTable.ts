// The address table: every class of typed or pasted recipients the issue names, with what the recipients
// field must get. Shared by the Node and the Chromium runs (URL parsers differ in the details of UTS-46).
import { formatAddressList } from '@inkwell/axigen-client';
import { parseAddressList } from '@inkwell/axigen-client/addresses';
import { describe, expect, it } from 'vitest';
import { isValidEmailAddress } from '../checks/isValidEmailAddress';
import { parseRecipientInput } from './parseRecipientInput';
export type Row = [
  input: string,
  expected: Array<{ name?: string; address: string } | { invalid: string; address?: string }>,
];

// Each class of the issue, as typed or pasted into a recipients field.
export const TABLE: Row[] = [
  // plain lists and names
  ['ann@example.com', [{ address: 'ann@example.com' }]],
  [
    'Ann <ann@example.com>, bob@example.org; carl@example.net',
    [{ name: 'Ann', address: 'ann@example.com' }, { address: 'bob@example.org' }, { address: 'carl@example.net' }],
  ],
  ['"Doe, Jane" <jane@example.com>', [{ name: 'Doe, Jane', address: 'jane@example.com' }]],
  ['John Smith john@example.com', [{ name: 'John Smith', address: 'john@example.com' }]],
  ['ann@example.com bob@example.org', [{ address: 'ann@example.com' }, { address: 'bob@example.org' }]],
  ['ann@example.com,, ,', [{ address: 'ann@example.com' }]],
  // unquoted comma in a display name: neither half silently dropped
  ['Doe, John <john@example.com>', [{ invalid: 'comma-in-name', address: 'john@example.com' }]],
  [
    'Doe, John <john@example.com>, ann@example.com',
    [{ invalid: 'comma-in-name', address: 'john@example.com' }, { address: 'ann@example.com' }],
  ],
  ['Jane, bob@example.org', [{ invalid: 'no-address' }, { address: 'bob@example.org' }]],
  // CR/LF never joins or hides an address
  [
    'Ann <ann@example.com>\r\nBcc: evil@evil.example',
    [{ name: 'Ann', address: 'ann@example.com' }, { address: 'evil@evil.example' }],
  ],
  ['ann@example.com\nevil: evil@evil.example', [{ address: 'ann@example.com' }, { address: 'evil@evil.example' }]],
  ['"Ann\r\n<evil@evil.example>" <ann@example.com>', [{ invalid: 'unclosed' }, { invalid: 'unclosed' }]],
  ['ann@example.com\u2028bob@example.org', [{ address: 'ann@example.com' }, { address: 'bob@example.org' }]],
  // comments
  ['ann@example.com (Ann)', [{ name: 'Ann', address: 'ann@example.com' }]],
  ['Ann (work) <ann@example.com>', [{ name: 'Ann (work)', address: 'ann@example.com' }]],
  ['user@(trusted.example)evil.example', [{ invalid: 'comment-in-address' }]],
  ['user@trusted.example(x)@evil.example', [{ invalid: 'comment-in-address' }]],
  ['user(c)@example.com', [{ invalid: 'comment-in-address' }]],
  ['Ann <ann(x)@example.com>', [{ invalid: 'comment-in-address' }]],
  // quoted local parts keep their quotes
  ['"john doe"@example.com', [{ address: '"john doe"@example.com' }]],
  ['John <"john doe"@example.com>', [{ name: 'John', address: '"john doe"@example.com' }]],
  ['"a@evil.example"@example.com', [{ address: '"a@evil.example"@example.com' }]],
  // IDN: UTS-46 mapping, soft hyphens ignored
  ['ann@bücher.de', [{ address: 'ann@bücher.de' }]],
  ['ann@BÜ\u00adCHER.de', [{ address: 'ann@bücher.de' }]],
  ['ann@xn--bcher-kva.de', [{ address: 'ann@bücher.de' }]],
  ['ann@例子。广告', [{ address: 'ann@例子.广告' }]],
  ['ann@example.com.', [{ address: 'ann@example.com' }]],
  // domain literals
  ['ann@[192.0.2.1]', [{ address: 'ann@[192.0.2.1]' }]],
  ['Ann <ann@[IPv6:2001:db8::1]>', [{ name: 'Ann', address: 'ann@[IPv6:2001:db8::1]' }]],
  ['ann@[300.1.1.1]', [{ invalid: 'not valid', address: 'ann@[300.1.1.1]' }]],
  // ambiguous or malformed
  ['a@example.com <b@example.org>', [{ invalid: 'several-addresses' }]],
  ['<a@example.com> <b@example.org>', [{ invalid: 'several-addresses' }]],
  ['a@example.com John', [{ invalid: 'text-after-address' }]],
  ['ann@localhost', [{ invalid: 'not valid', address: 'ann@localhost' }]],
  ['Team: a@example.com, b@example.org;', [{ address: 'a@example.com' }, { address: 'b@example.org' }]],
  ['mailto:ann@example.com', [{ address: 'ann@example.com' }]],
  ['=?utf-8?q?J=C3=BCrgen?= <jg@example.de>', [{ name: 'Jürgen', address: 'jg@example.de' }]],
  ['"a,b"@example.com', [{ address: '"a,b"@example.com' }]],
  ['ann@example.com>', [{ invalid: 'stray-character' }]],
  ['ann@ex ample.com', [{ invalid: 'text-after-address' }]],
  ['ann＠example.com', [{ invalid: 'no-address' }]],
  // invisible or unsendable characters never pass as valid
  ['an\u00adn@example.com', [{ invalid: 'not valid' }]],
  ['ann\u200b@example.com', [{ invalid: 'not valid' }]],
  ['ann@exa\u202emple.com', [{ invalid: 'not valid' }]],
  ['"Ann\u0000" <ann@example.com>', [{ invalid: 'cannot be sent' }]],
  ['Ann\u0007 <ann@example.com>', [{ invalid: 'cannot be sent' }]],
];

export const REASON_WORDS: Record<string, RegExp> = {
  'comma-in-name': /one person\? A name with a comma needs quotes/,
  'no-address': /has no email address/,
  unclosed: /not closed/,
  'stray-character': /does not belong/,
  'comment-in-address': /parentheses inside the address/,
  'several-addresses': /more than one address/,
  'text-after-address': /text after the address/,
  'not valid': /is not a valid email address/,
  'cannot be sent': /cannot be sent/,
};

/** Runs the table and its properties through `parseRecipientInput` in the current runtime. */
export function describeRecipientInputTable(runtime: string): void {
  describe(`parseRecipientInput: address table (${runtime})`, () => {
    it.each(TABLE)('%j', (input, expected) => {
      const entries = parseRecipientInput(input);
      expect(entries).toHaveLength(expected.length);
      entries.forEach((entry, index) => {
        const want = expected[index];
        if (!want) return;
        if ('invalid' in want) {
          expect(entry.valid).toBe(false);
          expect(entry.reason).toMatch(REASON_WORDS[want.invalid] ?? /./);
          if (want.address !== undefined) expect(entry.address).toBe(want.address);
        } else {
          expect(entry).toMatchObject({ valid: true, name: want.name ?? '', address: want.address });
          expect(entry.reason).toBeUndefined();
        }
      });
    });

    it('keeps every typed character of the list in some entry', () => {
      for (const [input] of TABLE) {
        const joined = parseRecipientInput(input)
          .map((e) => e.raw)
          .join(' ');
        // Words of the input (ignoring group labels, which are not people) reappear in an entry.
        for (const word of input.split(/[\s,;]+/).filter((w) => w.includes('@'))) {
          expect(joined).toContain(word.replace(/^mailto:/, '').replace(/^<|>$/g, ''));
        }
      }
    });

    it('formats every valid entry, and the header it sends reads back as the same person', () => {
      for (const [input] of TABLE) {
        const valid = parseRecipientInput(input).filter((e) => e.valid);
        const recipients = valid.map(({ name, address }) => (name ? { name, address } : { address }));
        const header = formatAddressList(recipients);
        expect(parseAddressList(header)).toStrictEqual(recipients);
        expect(parseRecipientInput(header).map(({ name, address, valid }) => ({ name, address, valid }))).toStrictEqual(
          valid.map(({ name, address }) => ({ name, address, valid: true })),
        );
      }
    });

    it('accepts as valid only what isValidEmailAddress accepts', () => {
      for (const [input] of TABLE) {
        for (const entry of parseRecipientInput(input)) {
          if (entry.valid) expect(isValidEmailAddress(entry.address)).toBe(true);
        }
      }
    });

    it('returns [] for empty input', () => {
      expect(parseRecipientInput('')).toEqual([]);
      expect(parseRecipientInput(' ,\n; ')).toEqual([]);
    });
  });
}
