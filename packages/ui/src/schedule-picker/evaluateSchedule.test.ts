import { loadTemporal, type TemporalApi } from '@inkwell/compose-core/schedule';
import { evaluateSchedule } from './evaluateSchedule';

const now = Date.parse('2026-11-30T08:00:00Z');
const zone = 'Europe/Bucharest';
let Temporal: TemporalApi;
beforeAll(async () => {
  Temporal = await loadTemporal();
});
const evaluate = (date: string, time: string, timeZone = zone) =>
  evaluateSchedule({ date, time, timeZone }, now, Temporal);

describe('evaluateSchedule', () => {
  it('tells empty, incomplete and impossible values apart', () => {
    expect(evaluate('', '')).toEqual({ kind: 'empty' });
    expect(evaluate('2026-12-01', '')).toEqual({ kind: 'incomplete' });
    expect(evaluate('', '08:00')).toEqual({ kind: 'incomplete' });
    expect(evaluate('2026-02-30', '08:00')).toEqual({ kind: 'invalid' });
    expect(evaluate('2026-12-01', '25:00')).toEqual({ kind: 'invalid' });
    expect(evaluate('2026-12-01', '08:00', 'Mars/Olympus')).toEqual({ kind: 'invalid' });
  });

  it('reads a time with seconds (a time input with a small step) to the minute', () => {
    expect(evaluate('2026-12-01', '08:00:30')).toMatchObject({
      kind: 'ok',
      instant: { epochSeconds: Date.parse('2026-12-01T06:00:00Z') / 1000 },
    });
  });

  it('refuses outside the schedule window with the reason, and keeps the resolved instant', () => {
    expect(evaluate('2027-12-01', '08:00')).toMatchObject({
      kind: 'refused',
      refusal: { code: 'too-late', latest: Date.parse('2027-11-30T08:00:00Z') / 1000 },
      instant: { date: '2027-12-01', time: '08:00' },
    });
    expect(evaluate('2026-11-30', '09:00')).toMatchObject({ kind: 'refused', refusal: { code: 'in-past' } });
  });
});
