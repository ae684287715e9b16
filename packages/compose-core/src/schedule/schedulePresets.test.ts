import { loadTemporal, type TemporalApi } from './loadTemporal';
import { schedulePresets } from './schedulePresets';

const s = (iso: string) => Date.parse(iso) / 1000;
let Temporal: TemporalApi;
beforeAll(async () => {
  Temporal = await loadTemporal();
});

/** [id, wall date, wall time, instant] of each preset at `now` in `timeZone`. */
const presetsAt = (now: string, timeZone: string) =>
  schedulePresets({ now: Date.parse(now), timeZone }, Temporal).map((p) => [
    p.id,
    p.date,
    p.time,
    new Date(p.epochSeconds * 1000).toISOString(),
  ]);

describe('schedulePresets', () => {
  describe('Europe/Bucharest', () => {
    const zone = 'Europe/Bucharest';

    it('a Monday morning: later today, tomorrow morning, next Monday', () => {
      expect(presetsAt('2026-11-30T08:00:00Z', zone)).toEqual([
        ['later-today', '2026-11-30', '18:00', '2026-11-30T16:00:00.000Z'],
        ['tomorrow-morning', '2026-12-01', '08:00', '2026-12-01T06:00:00.000Z'],
        ['next-monday-morning', '2026-12-07', '08:00', '2026-12-07T06:00:00.000Z'],
      ]);
    });

    it('offers later today until exactly one hour before 18:00', () => {
      expect(presetsAt('2026-11-30T15:00:00Z', zone)[0]?.[0]).toBe('later-today'); // 17:00
      expect(presetsAt('2026-11-30T15:00:01Z', zone)[0]?.[0]).toBe('tomorrow-morning'); // 17:00:01
      expect(presetsAt('2026-11-30T19:30:00Z', zone).map(([id]) => id)).toEqual([
        'tomorrow-morning',
        'next-monday-morning',
      ]);
    });

    it('just after midnight, the coming morning is "this morning"; from 05:00 it is tomorrow again', () => {
      // Tuesday 00:30
      expect(presetsAt('2026-11-30T22:30:00Z', zone)).toEqual([
        ['later-today', '2026-12-01', '18:00', '2026-12-01T16:00:00.000Z'],
        ['this-morning', '2026-12-01', '08:00', '2026-12-01T06:00:00.000Z'],
        ['next-monday-morning', '2026-12-07', '08:00', '2026-12-07T06:00:00.000Z'],
      ]);
      // Tuesday 04:59 and 05:00
      expect(presetsAt('2026-12-01T02:59:00Z', zone)[1]?.slice(0, 2)).toEqual(['this-morning', '2026-12-01']);
      expect(presetsAt('2026-12-01T03:00:00Z', zone)[1]?.slice(0, 2)).toEqual(['tomorrow-morning', '2026-12-02']);
    });

    it('on Sunday, tomorrow morning is Monday: no second Monday preset', () => {
      expect(presetsAt('2026-12-06T18:00:00Z', zone)).toEqual([
        ['tomorrow-morning', '2026-12-07', '08:00', '2026-12-07T06:00:00.000Z'],
      ]);
    });

    it('across the spring change (29 March 2026): 08:00 on Sunday is EEST', () => {
      expect(presetsAt('2026-03-28T18:00:00Z', zone)).toEqual([
        ['tomorrow-morning', '2026-03-29', '08:00', '2026-03-29T05:00:00.000Z'],
        ['next-monday-morning', '2026-03-30', '08:00', '2026-03-30T05:00:00.000Z'],
      ]);
    });

    it('across the autumn change (25 October 2026): 08:00 on Sunday is EET', () => {
      expect(presetsAt('2026-10-24T17:00:00Z', zone)).toEqual([
        ['tomorrow-morning', '2026-10-25', '08:00', '2026-10-25T06:00:00.000Z'],
        ['next-monday-morning', '2026-10-26', '08:00', '2026-10-26T06:00:00.000Z'],
      ]);
    });
  });

  describe('America/New_York', () => {
    const zone = 'America/New_York';

    it('across the spring change (8 March 2026), just after midnight', () => {
      // Sunday 00:30 EST; the clocks go forward at 02:00
      expect(presetsAt('2026-03-08T05:30:00Z', zone)).toEqual([
        ['later-today', '2026-03-08', '18:00', '2026-03-08T22:00:00.000Z'],
        ['this-morning', '2026-03-08', '08:00', '2026-03-08T12:00:00.000Z'],
        ['next-monday-morning', '2026-03-09', '08:00', '2026-03-09T12:00:00.000Z'],
      ]);
    });

    it('across the autumn change (1 November 2026), the evening before', () => {
      // Saturday 21:00 EDT
      expect(presetsAt('2026-11-01T01:00:00Z', zone)).toEqual([
        ['tomorrow-morning', '2026-11-01', '08:00', '2026-11-01T13:00:00.000Z'],
        ['next-monday-morning', '2026-11-02', '08:00', '2026-11-02T13:00:00.000Z'],
      ]);
    });
  });

  it('Pacific/Apia on 29 December 2011: tomorrow is the 31st (the 30th was skipped)', () => {
    // Thursday 20:00 (UTC-10)
    expect(presetsAt('2011-12-30T06:00:00Z', 'Pacific/Apia')).toEqual([
      ['tomorrow-morning', '2011-12-31', '08:00', '2011-12-30T18:00:00.000Z'],
      ['next-monday-morning', '2012-01-02', '08:00', '2012-01-01T18:00:00.000Z'],
    ]);
    const [tomorrow] = schedulePresets({ now: Date.parse('2011-12-30T06:00:00Z'), timeZone: 'Pacific/Apia' }, Temporal);
    expect(tomorrow?.adjustment).toBeUndefined();
    expect(tomorrow?.epochSeconds).toBe(s('2011-12-30T18:00:00Z'));
  });
});
