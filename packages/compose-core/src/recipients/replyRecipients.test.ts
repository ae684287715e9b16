import type { Mail } from '@inkwell/axigen-client';
import { replyRecipients } from './replyRecipients';

type Headers = Pick<Mail, 'from' | 'replyTo' | 'to' | 'cc'>;
const mail = (h: Partial<Headers> & Pick<Headers, 'from'>): Headers => ({ replyTo: h.from, to: '', cc: '', ...h });
const me = ['me@example.com', 'alias@example.org'];

describe('replyRecipients: reply', () => {
  it('goes to From when there is no Reply-To', () => {
    const m = mail({ from: 'Ann <ann@a.example>', to: 'me@example.com', cc: 'bob@b.example' });
    expect(replyRecipients(m, 'reply', me)).toEqual({ to: [{ name: 'Ann', address: 'ann@a.example' }], cc: [] });
  });

  it('goes to Reply-To when present', () => {
    const m = mail({ from: 'Ann <ann@a.example>', replyTo: 'List <list@l.example>', to: 'list@l.example' });
    expect(replyRecipients(m, 'reply', me)).toEqual({ to: [{ name: 'List', address: 'list@l.example' }], cc: [] });
  });

  it('goes to every Reply-To address', () => {
    const m = mail({ from: 'ann@a.example', replyTo: 'x@x.example, y@y.example' });
    expect(replyRecipients(m, 'reply', me).to).toEqual([{ address: 'x@x.example' }, { address: 'y@y.example' }]);
  });

  it('to own sent mail goes to the original To', () => {
    const m = mail({ from: 'Me <ME@Example.com>', to: 'Ann <ann@a.example>, bob@b.example', cc: 'carl@c.example' });
    expect(replyRecipients(m, 'reply', me)).toEqual({
      to: [{ name: 'Ann', address: 'ann@a.example' }, { address: 'bob@b.example' }],
      cc: [],
    });
  });
});

describe('replyRecipients: reply all', () => {
  it('adds the original To and keeps Cc, dropping own addresses and aliases', () => {
    const m = mail({
      from: 'Ann <ann@a.example>',
      to: 'Me <me@example.com>, bob@b.example',
      cc: 'ALIAS@example.org, carl@c.example',
    });
    expect(replyRecipients(m, 'replyAll', me)).toEqual({
      to: [{ name: 'Ann', address: 'ann@a.example' }, { address: 'bob@b.example' }],
      cc: [{ address: 'carl@c.example' }],
    });
  });

  it('compares IDN domains in Unicode and punycode alike', () => {
    const m = mail({ from: 'ann@a.example', to: 'me@xn--bcher-kva.de, bob@Bücher.de', cc: 'me@BÜCHER.de' });
    expect(replyRecipients(m, 'replyAll', ['Me@bücher.de'])).toEqual({
      to: [{ address: 'ann@a.example' }, { address: 'bob@Bücher.de' }],
      cc: [],
    });
  });

  it('dedupes across To and Cc, keeping the first position and a display name', () => {
    const m = mail({
      from: 'ann@a.example',
      to: 'bob@b.example, Ann Smith <ANN@a.example>',
      cc: 'Bob <bob@b.example>, carl@c.example, carl@C.example',
    });
    expect(replyRecipients(m, 'replyAll', me)).toEqual({
      to: [{ name: 'Ann Smith', address: 'ann@a.example' }, { address: 'bob@b.example' }],
      cc: [{ address: 'carl@c.example' }],
    });
  });

  it('uses Reply-To instead of From when the author set one', () => {
    const m = mail({
      from: 'ann@a.example',
      replyTo: 'list@l.example',
      to: 'list@l.example, me@example.com',
      cc: 'dan@d.example',
    });
    expect(replyRecipients(m, 'replyAll', me)).toEqual({
      to: [{ address: 'list@l.example' }],
      cc: [{ address: 'dan@d.example' }],
    });
  });

  it('to own sent mail goes to the original To and Cc without oneself', () => {
    const m = mail({
      from: 'me@example.com',
      to: 'ann@a.example, alias@example.org',
      cc: 'bob@b.example, me@example.com',
    });
    expect(replyRecipients(m, 'replyAll', me)).toEqual({
      to: [{ address: 'ann@a.example' }],
      cc: [{ address: 'bob@b.example' }],
    });
  });

  it('keeps oneself for a note to self, rather than leaving To empty', () => {
    const m = mail({ from: 'me@example.com', to: 'me@example.com' });
    expect(replyRecipients(m, 'replyAll', me)).toEqual({ to: [{ address: 'me@example.com' }], cc: [] });
    expect(replyRecipients(m, 'reply', me)).toEqual({ to: [{ address: 'me@example.com' }], cc: [] });
  });

  it('keeps the author when a Reply-To points at us', () => {
    const m = mail({ from: 'ann@a.example', replyTo: 'me@example.com', to: 'me@example.com' });
    expect(replyRecipients(m, 'replyAll', me)).toEqual({ to: [{ address: 'me@example.com' }], cc: [] });
  });

  it('handles empty headers', () => {
    expect(replyRecipients(mail({ from: '' }), 'replyAll', me)).toEqual({ to: [], cc: [] });
  });

  it('flattens groups', () => {
    const m = mail({ from: 'ann@a.example', to: 'Team: bob@b.example, carl@c.example;' });
    expect(replyRecipients(m, 'replyAll', me).to).toEqual([
      { address: 'ann@a.example' },
      { address: 'bob@b.example' },
      { address: 'carl@c.example' },
    ]);
  });
});
