import type { TemporalApi } from './loadTemporal';
import { resolveScheduledInstant, type ScheduledInstant, type WallTime } from './resolveScheduledInstant';
import { validateDeliveryTime } from './validateDeliveryTime';

/** `this-morning` replaces `tomorrow-morning` in the small hours, when "tomorrow" would skip the coming morning. */
export type SchedulePresetId = 'later-today' | 'this-morning' | 'tomorrow-morning' | 'next-monday-morning';

export interface SchedulePreset extends ScheduledInstant {
  id: SchedulePresetId;
  /** The date and wall time the preset asks for (`resolveScheduledInstant` input). */
  wallTime: WallTime;
}

/** When "later today" sends. */
export const LATER_TODAY_TIME = '18:00';
/** "Later today" is offered only while at least this much is left before it. */
export const LATER_TODAY_MIN_LEAD_MS = 3_600_000;
/** When the morning presets send. */
export const MORNING_TIME = '08:00';
/** Before this local time, the coming morning is "this morning". */
export const SMALL_HOURS_END = '05:00';

/**
 * The quick choices a schedule picker offers at `now` (epoch ms) in `timeZone`, soonest first: later today (18:00,
 * while an hour is left), tomorrow morning (08:00; "this morning" between midnight and 05:00), next Monday morning
 * (08:00; left out when it is the same as the morning preset). Days are the zone's calendar days, so a day the zone
 * skips is not "tomorrow"; a wall time the clocks skip resolves as `resolveScheduledInstant` does. Each preset is
 * within the schedule window.
 */
export function schedulePresets(
  { now, timeZone }: { now: number; timeZone: string },
  Temporal: TemporalApi,
): SchedulePreset[] {
  const nowZoned = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(timeZone);
  const today = nowZoned.toPlainDate();
  const at = (id: SchedulePresetId, date: { toString(): string }, time: string): SchedulePreset => {
    const wallTime = { date: date.toString(), time, timeZone };
    return { id, wallTime, ...resolveScheduledInstant(wallTime, Temporal) };
  };
  const presets: SchedulePreset[] = [];

  const laterToday = at('later-today', today, LATER_TODAY_TIME);
  if (laterToday.epochSeconds * 1000 - now >= LATER_TODAY_MIN_LEAD_MS && laterToday.date === today.toString()) {
    presets.push(laterToday);
  }

  const smallHours = Temporal.PlainTime.compare(nowZoned.toPlainTime(), Temporal.PlainTime.from(SMALL_HOURS_END)) < 0;
  // The next day that exists in the zone: adding a day to a wall time in a skipped day lands on the one after.
  const tomorrow = nowZoned.add({ days: 1 }).toPlainDate();
  const morning = smallHours ? at('this-morning', today, MORNING_TIME) : at('tomorrow-morning', tomorrow, MORNING_TIME);
  presets.push(morning);

  const daysToMonday = (8 - today.dayOfWeek) % 7 || 7;
  const monday = at('next-monday-morning', nowZoned.add({ days: daysToMonday }).toPlainDate(), MORNING_TIME);
  if (monday.date !== morning.date) presets.push(monday);

  return presets.filter((preset) => validateDeliveryTime(preset.epochSeconds, { now, timeZone }).ok);
}
