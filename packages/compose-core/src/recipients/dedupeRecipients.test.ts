import { dedupeRecipients } from './dedupeRecipients';
import { recipientKey } from './recipientKey';

describe('dedupeRecipients', () => {
  it('keeps the first occurrence and fills in a missing name', () => {
    expect(
      dedupeRecipients([{ address: 'a@x.example' }, { address: 'b@x.example' }, { name: 'A', address: 'A@X.example' }]),
    ).toEqual([{ name: 'A', address: 'a@x.example' }, { address: 'b@x.example' }]);
  });

  it('drops excluded keys', () => {
    expect(
      dedupeRecipients(
        [{ address: 'a@x.example' }, { address: 'b@x.example' }],
        new Set([recipientKey('B@x.example')]),
      ),
    ).toEqual([{ address: 'a@x.example' }]);
  });
});

describe('recipientKey', () => {
  it('lower-cases, normalizes and punycodes the domain', () => {
    expect(recipientKey(' Ann@Bücher.DE ')).toBe('ann@xn--bcher-kva.de');
    expect(recipientKey('ann@xn--bcher-kva.de.')).toBe('ann@xn--bcher-kva.de');
    expect(recipientKey('Ren\u0065\u0301@x.example')).toBe('ren\u00e9@x.example');
  });

  it('still gives a key for malformed input', () => {
    expect(recipientKey('no-at-sign')).toBe('no-at-sign');
    expect(recipientKey('a@bad domain')).toBe('a@bad domain');
  });
});
