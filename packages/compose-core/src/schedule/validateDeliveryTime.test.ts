import { validateDeliveryTime } from './validateDeliveryTime';

const ms = (iso: string) => Date.parse(iso);
const s = (iso: string) => Date.parse(iso) / 1000;

describe('validateDeliveryTime', () => {
  const now = ms('2026-11-21T20:00:00Z');
  const opts = { now, timeZone: 'Europe/Berlin' };

  it('rejects past times, including now, and says when the window opens', () => {
    const inPast = {
      ok: false,
      code: 'in-past',
      message: 'That time has already passed. Choose a time in the future.',
      earliest: s('2026-11-21T20:01:00Z'),
    };
    expect(validateDeliveryTime(s('2026-11-21T19:59:59Z'), opts)).toEqual(inPast);
    expect(validateDeliveryTime(s('2026-11-21T20:00:00Z'), opts)).toEqual(inPast);
  });

  it('needs at least one minute of lead, exactly one minute is fine', () => {
    expect(validateDeliveryTime(s('2026-11-21T20:00:59Z'), opts)).toEqual({
      ok: false,
      code: 'too-soon',
      message: 'Schedule at least one minute ahead, or send now.',
      earliest: s('2026-11-21T20:01:00Z'),
    });
    expect(validateDeliveryTime(s('2026-11-21T20:01:00Z'), opts)).toEqual({ ok: true });
  });

  it('allows exactly 365 days ahead and no more, and names the last moment in the user zone', () => {
    expect(validateDeliveryTime(s('2027-11-21T20:00:00Z'), opts)).toEqual({ ok: true });
    expect(validateDeliveryTime(s('2027-11-21T20:00:01Z'), opts)).toEqual({
      ok: false,
      code: 'too-late',
      message: 'Mail can be scheduled at most one year ahead (until 21 November 2027 at 21:00, Europe/Berlin).',
      latest: s('2027-11-21T20:00:00Z'),
    });
  });

  it('counts the same instant in every zone, across a DST change', () => {
    // 12:00 CET (11:00Z) on 28 March 2026; 365 days later is 13:00 CEST in Berlin, 11:00 in UTC: the same instant.
    const berlinNoon = { now: ms('2026-03-28T11:00:00Z'), timeZone: 'Europe/Berlin' };
    expect(validateDeliveryTime(s('2027-03-28T11:00:00Z'), berlinNoon)).toEqual({ ok: true });
    expect(validateDeliveryTime(s('2027-03-28T11:00:01Z'), berlinNoon)).toMatchObject({
      code: 'too-late',
      message: 'Mail can be scheduled at most one year ahead (until 28 March 2027 at 13:00, Europe/Berlin).',
    });
    expect(validateDeliveryTime(s('2027-03-28T11:00:01Z'), { ...berlinNoon, timeZone: 'UTC' }).ok).toBe(false);
  });

  it('takes Feb 28 as one year after Feb 29, and Feb 29 as one year before 1 March of a leap year', () => {
    const leapDay = { now: ms('2028-02-29T09:00:00Z'), timeZone: 'Europe/Berlin' }; // 10:00 in Berlin
    expect(validateDeliveryTime(s('2029-02-28T09:00:00Z'), leapDay)).toEqual({ ok: true });
    expect(validateDeliveryTime(s('2029-02-28T09:00:01Z'), leapDay)).toMatchObject({
      code: 'too-late',
      message: 'Mail can be scheduled at most one year ahead (until 28 February 2029 at 10:00, Europe/Berlin).',
    });
    const beforeLeapYear = { now: ms('2027-03-01T10:00:00Z'), timeZone: 'UTC' };
    expect(validateDeliveryTime(s('2028-02-29T10:00:00Z'), beforeLeapYear)).toEqual({ ok: true });
    expect(validateDeliveryTime(s('2028-03-01T10:00:00Z'), beforeLeapYear)).toMatchObject({
      code: 'too-late',
      latest: s('2028-02-29T10:00:00Z'),
    });
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
