import { forwardSubject, replySubject, stripSubjectPrefixes } from './prefixSubject';

describe('replySubject', () => {
  it.each([
    ['Hello', 'Re: Hello'],
    ['Re: Hello', 'Re: Hello'],
    ['RE: Hello', 'Re: Hello'],
    ['re:Hello', 'Re: Hello'],
    ['Re : Hello', 'Re: Hello'],
    ['Re: Re: Fwd: Hello', 'Re: Hello'],
    ['Re[2]: Hello', 'Re: Hello'],
    ['Re(3): Hello', 'Re: Hello'],
    ['RE^4: Hello', 'Re: Hello'],
    ['Re [12] : Hello', 'Re: Hello'],
    ['AW: WG: Angebot', 'Re: Angebot'],
    ['aw: Angebot', 'Re: Angebot'],
    ['SV: VS: Möte', 'Re: Möte'],
    ['TR: Réf: Facture', 'Re: Facture'],
    ['RÉF: Facture', 'Re: Facture'],
    ['RV: Factura', 'Re: Factura'],
    ['Antw: Vraag', 'Re: Vraag'],
    ['FW: FWD: Fw: x', 'Re: x'],
    ['回复：会议', 'Re: 会议'],
    ['答复: 转发: 会议', 'Re: 会议'],
    ['Re：Full-width colon', 'Re: Full-width colon'],
    ['Отв: Привет', 'Re: Привет'],
  ])('%s → %s', (input, expected) => {
    expect(replySubject(input)).toBe(expected);
  });

  it('keeps the rest verbatim, including inner prefixes and spacing', () => {
    expect(replySubject('Re:  Budget  2026: Re: draft ')).toBe('Re: Budget  2026: Re: draft ');
  });

  it('does not take words that merely start like a prefix', () => {
    expect(replySubject('Report: Q3')).toBe('Re: Report: Q3');
    expect(replySubject('Reference: 42')).toBe('Re: Reference: 42');
    expect(replySubject('Fwdx: y')).toBe('Re: Fwdx: y');
    expect(replySubject('Re Hello')).toBe('Re: Re Hello');
    expect(replySubject('[list] Re: topic')).toBe('Re: [list] Re: topic');
  });

  it('gives a bare prefix for empty or prefix-only subjects', () => {
    expect(replySubject('')).toBe('Re:');
    expect(replySubject('   ')).toBe('Re:');
    expect(replySubject('Re: ')).toBe('Re:');
  });
});

describe('forwardSubject', () => {
  it.each([
    ['Hello', 'Fwd: Hello'],
    ['Fwd: Hello', 'Fwd: Hello'],
    ['Re: Fwd: Hello', 'Fwd: Hello'],
    ['WG: AW: Angebot', 'Fwd: Angebot'],
    ['转发：通知', 'Fwd: 通知'],
    ['', 'Fwd:'],
  ])('%s → %s', (input, expected) => {
    expect(forwardSubject(input)).toBe(expected);
  });
});

describe('stripSubjectPrefixes', () => {
  it('returns the subject without leading prefixes', () => {
    expect(stripSubjectPrefixes('  Re: Fwd[2]: SV: Hej')).toBe('Hej');
    expect(stripSubjectPrefixes('No prefix')).toBe('No prefix');
  });
});
