import { loadTemporal, type TemporalApi } from './loadTemporal';
import { resolveScheduledInstant as resolveWith, type WallTime } from './resolveScheduledInstant';

const utc = (iso: string) => Date.parse(iso) / 1000;
let Temporal: TemporalApi;
beforeAll(async () => {
  Temporal = await loadTemporal();
});
const resolveScheduledInstant = (wall: WallTime) => resolveWith(wall, Temporal);

describe('resolveScheduledInstant', () => {
  it('resolves an ordinary wall time without adjustment', () => {
    expect(resolveScheduledInstant({ date: '2026-06-15', time: '10:00', timeZone: 'Europe/Berlin' })).toEqual({
      epochSeconds: utc('2026-06-15T08:00:00Z'),
      zoned: '2026-06-15T10:00:00+02:00[Europe/Berlin]',
      date: '2026-06-15',
      time: '10:00',
      offset: '+02:00',
    });
  });

  describe('DST gap: moves forward and says so', () => {
    it('Europe/Berlin, 29 March 2026 02:30', () => {
      expect(resolveScheduledInstant({ date: '2026-03-29', time: '02:30', timeZone: 'Europe/Berlin' })).toEqual({
        epochSeconds: utc('2026-03-29T01:30:00Z'),
        zoned: '2026-03-29T03:30:00+02:00[Europe/Berlin]',
        date: '2026-03-29',
        time: '03:30',
        offset: '+02:00',
        adjustment: {
          kind: 'gap',
          dateChanged: false,
          daySkipped: false,
          message:
            '02:30 does not exist on 2026-03-29 in Europe/Berlin (the clocks go forward); scheduled for 03:30 (UTC+02:00) instead.',
        },
      });
    });

    it('America/New_York, 8 March 2026 02:15', () => {
      const result = resolveScheduledInstant({ date: '2026-03-08', time: '02:15', timeZone: 'America/New_York' });
      expect(result.epochSeconds).toBe(utc('2026-03-08T07:15:00Z'));
      expect(result.zoned).toBe('2026-03-08T03:15:00-04:00[America/New_York]');
      expect(result.adjustment?.kind).toBe('gap');
      expect(result.adjustment?.alternatives).toBeUndefined();
    });

    it('Australia/Sydney (southern hemisphere), 4 October 2026 02:30', () => {
      const result = resolveScheduledInstant({ date: '2026-10-04', time: '02:30', timeZone: 'Australia/Sydney' });
      expect(result.epochSeconds).toBe(utc('2026-10-03T16:30:00Z'));
      expect(result.zoned).toBe('2026-10-04T03:30:00+11:00[Australia/Sydney]');
      expect(result.adjustment?.kind).toBe('gap');
    });

    it('Australia/Lord_Howe, whose clocks move by 30 minutes', () => {
      const result = resolveScheduledInstant({ date: '2026-10-04', time: '02:15', timeZone: 'Australia/Lord_Howe' });
      expect(result.zoned).toBe('2026-10-04T02:45:00+11:00[Australia/Lord_Howe]');
      expect(result.adjustment?.kind).toBe('gap');
    });
  });

  describe('the date changes: the result names the new date', () => {
    it('Pacific/Apia skipped 30 December 2011 (it crossed the date line)', () => {
      expect(resolveScheduledInstant({ date: '2011-12-30', time: '10:00', timeZone: 'Pacific/Apia' })).toEqual({
        epochSeconds: utc('2011-12-30T20:00:00Z'),
        zoned: '2011-12-31T10:00:00+14:00[Pacific/Apia]',
        date: '2011-12-31',
        time: '10:00',
        offset: '+14:00',
        adjustment: {
          kind: 'gap',
          dateChanged: true,
          daySkipped: true,
          message:
            '10:00 does not exist on 2011-12-30 in Pacific/Apia (the whole day is skipped); scheduled for 2011-12-31 10:00 (UTC+14:00) instead.',
        },
      });
    });

    it('Pacific/Kiritimati skipped 31 December 1994', () => {
      const result = resolveScheduledInstant({ date: '1994-12-31', time: '23:59', timeZone: 'Pacific/Kiritimati' });
      expect([result.date, result.time, result.offset]).toEqual(['1995-01-01', '23:59', '+14:00']);
      expect(result.adjustment).toMatchObject({ kind: 'gap', dateChanged: true, daySkipped: true });
      expect(result.adjustment?.message).toContain('scheduled for 1995-01-01 23:59');
    });

    it('a DST gap across midnight: America/Nuuk, 28 March 2026 23:30 becomes 29 March 00:30', () => {
      const result = resolveScheduledInstant({ date: '2026-03-28', time: '23:30', timeZone: 'America/Nuuk' });
      expect(result).toMatchObject({
        epochSeconds: utc('2026-03-29T01:30:00Z'),
        date: '2026-03-29',
        time: '00:30',
        offset: '-01:00',
        adjustment: {
          kind: 'gap',
          dateChanged: true,
          daySkipped: false,
          message:
            '23:30 does not exist on 2026-03-28 in America/Nuuk (the clocks go forward); scheduled for 2026-03-29 00:30 (UTC-01:00) instead.',
        },
      });
    });

    it('the day before and after a skipped day are untouched', () => {
      const before = resolveScheduledInstant({ date: '2011-12-29', time: '23:59', timeZone: 'Pacific/Apia' });
      expect(before.epochSeconds).toBe(utc('2011-12-30T09:59:00Z'));
      expect(before.adjustment).toBeUndefined();
      expect(
        resolveScheduledInstant({ date: '2011-12-31', time: '00:00', timeZone: 'Pacific/Apia' }).adjustment,
      ).toBeUndefined();
    });
  });

  describe('DST overlap: takes the earlier and reports both', () => {
    it('Europe/Berlin, 25 October 2026 02:30', () => {
      expect(resolveScheduledInstant({ date: '2026-10-25', time: '02:30', timeZone: 'Europe/Berlin' })).toEqual({
        epochSeconds: utc('2026-10-25T00:30:00Z'),
        zoned: '2026-10-25T02:30:00+02:00[Europe/Berlin]',
        date: '2026-10-25',
        time: '02:30',
        offset: '+02:00',
        adjustment: {
          kind: 'overlap',
          dateChanged: false,
          daySkipped: false,
          message:
            '02:30 happens twice on 2026-10-25 in Europe/Berlin (the clocks go back); scheduled for the first one (UTC+02:00), the second is at UTC+01:00.',
          alternatives: [utc('2026-10-25T00:30:00Z'), utc('2026-10-25T01:30:00Z')],
          earlierOffset: '+02:00',
          laterOffset: '+01:00',
          occurrence: 'first',
        },
      });
    });

    it('takes the second one when asked', () => {
      const wall = { date: '2026-10-25', time: '02:30', timeZone: 'Europe/Berlin', occurrence: 'second' } as const;
      expect(resolveScheduledInstant(wall)).toMatchObject({
        epochSeconds: utc('2026-10-25T01:30:00Z'),
        zoned: '2026-10-25T02:30:00+01:00[Europe/Berlin]',
        offset: '+01:00',
        adjustment: {
          kind: 'overlap',
          occurrence: 'second',
          message:
            '02:30 happens twice on 2026-10-25 in Europe/Berlin (the clocks go back); scheduled for the second one (UTC+01:00), the first is at UTC+02:00.',
        },
      });
      // Outside an overlap the choice changes nothing.
      const ordinary = resolveScheduledInstant({ ...wall, date: '2026-10-26' });
      expect(ordinary.epochSeconds).toBe(utc('2026-10-26T01:30:00Z'));
      expect(ordinary.adjustment).toBeUndefined();
    });

    it('America/New_York, 1 November 2026 01:30', () => {
      const result = resolveScheduledInstant({ date: '2026-11-01', time: '01:30', timeZone: 'America/New_York' });
      expect(result.epochSeconds).toBe(utc('2026-11-01T05:30:00Z'));
      expect(result.adjustment?.alternatives).toEqual([utc('2026-11-01T05:30:00Z'), utc('2026-11-01T06:30:00Z')]);
    });

    it('Australia/Sydney (southern hemisphere), 5 April 2026 02:30', () => {
      const result = resolveScheduledInstant({ date: '2026-04-05', time: '02:30', timeZone: 'Australia/Sydney' });
      expect(result.zoned).toBe('2026-04-05T02:30:00+11:00[Australia/Sydney]');
      expect(result.adjustment?.alternatives).toEqual([utc('2026-04-04T15:30:00Z'), utc('2026-04-04T16:30:00Z')]);
    });
  });

  it('rejects malformed or impossible input with clear errors', () => {
    expect(() => resolveScheduledInstant({ date: '2026-02-30', time: '10:00', timeZone: 'UTC' })).toThrow(
      'resolveScheduledInstant: 2026-02-30 10:00 is not a calendar date and time',
    );
    expect(() => resolveScheduledInstant({ date: '2026-02-01', time: '24:00', timeZone: 'UTC' })).toThrow(
      'resolveScheduledInstant: 2026-02-01 24:00 is not a calendar date and time',
    );
    expect(() => resolveScheduledInstant({ date: '2026-2-1', time: '10:00', timeZone: 'UTC' })).toThrow(
      'resolveScheduledInstant: date must be YYYY-MM-DD, got "2026-2-1"',
    );
    expect(() => resolveScheduledInstant({ date: '2026-02-01', time: '10:00:00', timeZone: 'UTC' })).toThrow(
      'resolveScheduledInstant: time must be HH:mm, got "10:00:00"',
    );
    expect(() => resolveScheduledInstant({ date: '2026-02-01', time: '10:00', timeZone: 'Mars/Olympus' })).toThrow(
      'resolveScheduledInstant: unknown time zone "Mars/Olympus"',
    );
  });
});
