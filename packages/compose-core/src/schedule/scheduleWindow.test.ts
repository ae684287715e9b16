import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOB, createTestClient } from '../session/testing/createTestClient';
import { FAKE_TIMERS } from '../session/testing/settle';
import { earliestDeliveryTime, latestDeliveryTime, MAX_SCHEDULE_AHEAD_MS } from './scheduleWindow';
import { validateDeliveryTime } from './validateDeliveryTime';

const s = (iso: string) => Date.parse(iso) / 1000;

/**
 * The one-year table: [case, now, deliveryTime, accepted]. The same rows run through compose-core and through the
 * emulator's HTTP API (its mirror of the definition), and a copy of them is in the emulator's own tests.
 */
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

describe('the schedule window', () => {
  it('is 365 days of 86 400 seconds', () => {
    expect(MAX_SCHEDULE_AHEAD_MS).toBe(31_536_000_000);
  });

  it('gives the first and last whole unix seconds', () => {
    const now = Date.parse('2026-11-21T20:00:00.500Z');
    expect(earliestDeliveryTime(now)).toBe(s('2026-11-21T20:01:01Z'));
    expect(latestDeliveryTime(now)).toBe(s('2027-11-21T20:00:00Z'));
  });

  it.each(oneYear)('compose-core: %s', (_case, now, at, accepted) => {
    for (const timeZone of ['UTC', 'Europe/Bucharest', 'America/New_York', 'Pacific/Kiritimati']) {
      expect(validateDeliveryTime(s(at), { now: Date.parse(now), timeZone }).ok).toBe(accepted);
    }
  });

  describe('the emulator agrees on every row', () => {
    beforeEach(() => vi.useFakeTimers(FAKE_TIMERS));
    afterEach(() => vi.useRealTimers());

    it.each(oneYear)('%s', async (_case, now, at, accepted) => {
      vi.setSystemTime(Date.parse(now));
      const { client } = await createTestClient();
      const attempt = client.scheduleSend({ to: [BOB], subject: 'Later', deliveryTime: s(at) });
      if (accepted) await expect(attempt).resolves.toMatchObject({ mailId: expect.any(String) });
      else await expect(attempt).rejects.toMatchObject({ status: 400 });
      expect(validateDeliveryTime(s(at), { now: Date.parse(now), timeZone: 'UTC' }).ok).toBe(accepted);
    });
  });
});
