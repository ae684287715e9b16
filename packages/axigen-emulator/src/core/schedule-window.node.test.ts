import { checkDeliveryTime } from './compose-payload';
import { latestDeliveryTime, MAX_SCHEDULE_AHEAD_SECONDS } from './schedule-window';

const s = (iso: string) => Math.floor(Date.parse(iso) / 1000);

// A copy of compose-core's one-year table (src/schedule/scheduleWindow.test.ts), which also runs these rows through
// this emulator's HTTP API: [case, now, deliveryTime, accepted].
const oneYear: [string, string, string, boolean][] = [
  ['an ordinary year: 365 days to the second', '2026-11-21T20:00:00Z', '2027-11-21T20:00:00Z', true],
  ['an ordinary year: one second more', '2026-11-21T20:00:00Z', '2027-11-21T20:00:01Z', false],
  ['from a leap day: 28 February next year', '2028-02-29T09:00:00Z', '2029-02-28T09:00:00Z', true],
  ['from a leap day: one second more', '2028-02-29T09:00:00Z', '2029-02-28T09:00:01Z', false],
  ['from a leap day: 1 March next year', '2028-02-29T09:00:00Z', '2029-03-01T09:00:00Z', false],
  ['a 366-day year ahead: ends on the leap day', '2027-03-01T10:00:00Z', '2028-02-29T10:00:00Z', true],
  ['a 366-day year ahead: the same date next year is too late', '2027-03-01T10:00:00Z', '2028-03-01T10:00:00Z', false],
  ['from inside a leap year: one day before the date', '2028-01-15T12:00:00Z', '2029-01-14T12:00:00Z', true],
  ['from inside a leap year: the same date is too late', '2028-01-15T12:00:00Z', '2029-01-15T12:00:00Z', false],
  ['from 1 March of a leap year: the same date', '2028-03-01T00:00:00Z', '2029-03-01T00:00:00Z', true],
  ['a clock between seconds: the limit is the whole second', '2026-11-21T20:00:00.500Z', '2027-11-21T20:00:00Z', true],
  ['a clock between seconds: one second more', '2026-11-21T20:00:00.500Z', '2027-11-21T20:00:01Z', false],
  ['across a DST change (zones do not matter)', '2026-03-28T11:00:00Z', '2027-03-28T11:00:00Z', true],
  ['well inside the window', '2026-11-21T20:00:00Z', '2027-05-01T08:00:00Z', true],
];

describe('the schedule window (one year = 365 days)', () => {
  it('is 365 days of 86 400 seconds after now', () => {
    expect(MAX_SCHEDULE_AHEAD_SECONDS).toBe(31_536_000);
    expect(latestDeliveryTime(s('2028-02-29T09:00:00Z'))).toBe(s('2029-02-28T09:00:00Z'));
  });

  it.each(oneYear)('%s', (_case, now, at, accepted) => {
    const check = () => checkDeliveryTime(s(at), s(now));
    if (accepted) expect(check()).toBe(s(at));
    else expect(check).toThrow(expect.objectContaining({ status: 400 }));
  });
});
