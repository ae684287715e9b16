import { validateDeliveryTime } from './validateDeliveryTime';

const ms = (iso: string) => Date.parse(iso);
const s = (iso: string) => Date.parse(iso) / 1000;

describe('validateDeliveryTime', () => {
  const now = ms('2026-11-21T20:00:00Z');
  const opts = { now, timeZone: 'Europe/Berlin' };

  it('rejects past times, including now', () => {
    const inPast = {
      ok: false,
      code: 'in-past',
      message: 'That time has already passed. Choose a time in the future.',
    };
    expect(validateDeliveryTime(s('2026-11-21T19:59:59Z'), opts)).toEqual(inPast);
    expect(validateDeliveryTime(s('2026-11-21T20:00:00Z'), opts)).toEqual(inPast);
  });

  it('needs at least one minute of lead, exactly one minute is fine', () => {
    expect(validateDeliveryTime(s('2026-11-21T20:00:59Z'), opts)).toEqual({
      ok: false,
      code: 'too-soon',
      message: 'Schedule at least one minute ahead, or send now.',
    });
    expect(validateDeliveryTime(s('2026-11-21T20:01:00Z'), opts)).toEqual({ ok: true });
  });

  it('allows exactly one calendar year ahead and no more', () => {
    expect(validateDeliveryTime(s('2027-11-21T20:00:00Z'), opts)).toEqual({ ok: true });
    expect(validateDeliveryTime(s('2027-11-21T20:00:01Z'), opts)).toEqual({
      ok: false,
      code: 'too-late',
      message: 'Mail can be scheduled at most one year ahead (until 2027-11-21).',
    });
  });

  it('counts the year in the user zone, across a DST change', () => {
    // 12:00 CET (11:00Z) on 28 March 2026; a year later 12:00 is CEST, i.e. 10:00Z.
    const berlinNoon = { now: ms('2026-03-28T11:00:00Z'), timeZone: 'Europe/Berlin' };
    expect(validateDeliveryTime(s('2027-03-28T10:00:00Z'), berlinNoon)).toEqual({ ok: true });
    expect(validateDeliveryTime(s('2027-03-28T10:00:01Z'), berlinNoon).ok).toBe(false);
    // In UTC the same instant has a full hour more.
    expect(validateDeliveryTime(s('2027-03-28T11:00:00Z'), { ...berlinNoon, timeZone: 'UTC' })).toEqual({ ok: true });
  });

  it('takes Feb 28 as one year after Feb 29', () => {
    const leapDay = { now: ms('2028-02-29T09:00:00Z'), timeZone: 'Europe/Berlin' }; // 10:00 in Berlin
    expect(validateDeliveryTime(s('2029-02-28T09:00:00Z'), leapDay)).toEqual({ ok: true });
    expect(validateDeliveryTime(s('2029-02-28T09:00:01Z'), leapDay)).toEqual({
      ok: false,
      code: 'too-late',
      message: 'Mail can be scheduled at most one year ahead (until 2029-02-28).',
    });
    expect(validateDeliveryTime(s('2029-03-01T09:00:00Z'), leapDay).ok).toBe(false);
  });

  it('rejects bad input with clear errors', () => {
    expect(() => validateDeliveryTime(Number.NaN, opts)).toThrow(
      'validateDeliveryTime: epochSeconds must be whole unix seconds, got NaN',
    );
    expect(() => validateDeliveryTime(1.5, opts)).toThrow(
      'validateDeliveryTime: epochSeconds must be whole unix seconds, got 1.5',
    );
    expect(() => validateDeliveryTime(1, { now: Number.NaN, timeZone: 'UTC' })).toThrow(
      'validateDeliveryTime: now must be epoch milliseconds, got NaN',
    );
    expect(() => validateDeliveryTime(1, { now, timeZone: 'Nowhere/Land' })).toThrow(
      'validateDeliveryTime: unknown time zone "Nowhere/Land"',
    );
  });
});
