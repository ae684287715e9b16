import { formatMessage } from './formatMessage';

describe('formatMessage', () => {
  it('interpolates arguments', () => {
    expect(formatMessage('Remove {name}', { name: 'Ana' })).toBe('Remove Ana');
  });

  it('leaves a missing argument visible instead of throwing', () => {
    expect(formatMessage('Remove {name}')).toBe('Remove {name}');
  });

  it('chooses plural branches by the locale’s rules, with exact matches first', () => {
    const msg = '{count, plural, =0 {No files} one {# file} other {# files}}';
    expect(formatMessage(msg, { count: 0 })).toBe('No files');
    expect(formatMessage(msg, { count: 1 })).toBe('1 file');
    expect(formatMessage(msg, { count: 1200 })).toBe('1,200 files');
  });

  it('uses Romanian plural categories (one, few, other)', () => {
    const msg = '{count, plural, one {# fișier} few {# fișiere} other {# de fișiere}}';
    expect(formatMessage(msg, { count: 1 }, 'ro')).toBe('1 fișier');
    expect(formatMessage(msg, { count: 5 }, 'ro')).toBe('5 fișiere');
    expect(formatMessage(msg, { count: 20 }, 'ro')).toBe('20 de fișiere');
  });

  it('uses Arabic plural categories', () => {
    const msg = '{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}';
    expect(formatMessage(msg, { count: 2 }, 'ar')).toBe('ملفان');
    expect(formatMessage(msg, { count: 3 }, 'ar')).toContain('ملفات');
  });

  it('selects by value, falling back to other', () => {
    const msg = '{field, select, to {To} cc {Cc} other {Recipients}}';
    expect(formatMessage(msg, { field: 'cc' })).toBe('Cc');
    expect(formatMessage(msg, { field: 'x' })).toBe('Recipients');
  });

  it('nests arguments inside plural branches', () => {
    expect(
      formatMessage('{n, plural, one {# invalid address in {field}} other {# invalid addresses in {field}}}', {
        n: 2,
        field: 'To',
      }),
    ).toBe('2 invalid addresses in To');
  });

  it('keeps quoted braces literal', () => {
    expect(formatMessage("Type '{'name'}' here")).toBe('Type {name} here');
    expect(formatMessage("It''s {x}", { x: 'ok' })).toBe("It's ok");
  });

  it('formats numbers with the locale', () => {
    expect(formatMessage('{n, number}', { n: 1234.5 }, 'ro')).toBe('1.234,5');
  });
});
