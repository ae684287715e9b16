import type { Temporal } from 'temporal-polyfill';
import type { TemporalApi } from './loadTemporal';

/** A date and wall time in an IANA zone, as a user picks them. */
export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
  timeZone: string;
  /** When the clocks go back and the time happens twice: which one. Default `first`. */
  occurrence?: 'first' | 'second';
}

export interface ScheduledInstant {
  /** Unix seconds, as `deliveryTime` wants it. */
  epochSeconds: number;
  /** ISO 8601 with offset and zone, e.g. `2026-03-29T03:30:00+02:00[Europe/Berlin]`. */
  zoned: string;
  /** The wall date the mail goes out on, in the zone: after a gap it may not be the date asked for. */
  date: string;
  /** The wall time the mail goes out at, in the zone (`HH:mm`). */
  time: string;
  /** The zone's UTC offset at that instant, e.g. `+02:00`. */
  offset: string;
  /** Set when the wall time was moved (DST gap, skipped day) or was ambiguous (DST overlap). */
  adjustment?: {
    kind: 'gap' | 'overlap';
    /** Gap only: the mail goes out on another date than the one picked (a skipped day, or a gap across midnight). */
    dateChanged: boolean;
    /** Gap only: the whole day does not exist in the zone (it jumped across the date line). */
    daySkipped: boolean;
    /** English, for logs and hosts without a catalog; widgets word it from the fields. */
    message: string;
    /** Overlap only: both instants (unix seconds), earlier first. */
    alternatives?: number[];
    /** Overlap only: the offsets of the first and of the second occurrence. */
    earlierOffset?: string;
    laterOffset?: string;
    /** Overlap only: which occurrence was taken (`WallTime.occurrence`). */
    occurrence?: 'first' | 'second';
  };
}

const DAY_NS = 86_400_000_000_000;

/**
 * The instant a user means by a date and wall time in a zone. A time the clocks skip (spring forward, or a whole
 * day skipped across the date line) moves forward by the size of the gap, like Temporal's `compatible`
 * (02:30 → 03:30; 30 Dec 2011 10:00 in Pacific/Apia → 31 Dec 10:00), and says when the date changed; a time that
 * happens twice (fall back) takes the first one, or the second when `occurrence: 'second'`, and reports both, so a
 * UI can offer the choice.
 * @param Temporal from `await loadTemporal()`
 */
export function resolveScheduledInstant(
  { date, time, timeZone, occurrence = 'first' }: WallTime,
  Temporal: TemporalApi,
): ScheduledInstant {
  const wallTime = parseWallTime(Temporal, date, time);
  const zone = checkTimeZone(Temporal, timeZone);
  const earlier = wallTime.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = wallTime.toZonedDateTime(zone, { disambiguation: 'later' });
  if (earlier.epochMilliseconds === later.epochMilliseconds) return instant(earlier);

  if (!earlier.toPlainDateTime().equals(wallTime)) {
    const moved = wallTime.toZonedDateTime(zone, { disambiguation: 'compatible' });
    const result = instant(moved);
    const dateChanged = result.date !== date;
    const daySkipped = later.offsetNanoseconds - earlier.offsetNanoseconds >= DAY_NS;
    const why = daySkipped ? 'the whole day is skipped' : 'the clocks go forward';
    const when = dateChanged ? `${result.date} ${result.time}` : result.time;
    return {
      ...result,
      adjustment: {
        kind: 'gap',
        dateChanged,
        daySkipped,
        message: `${time} does not exist on ${date} in ${timeZone} (${why}); scheduled for ${when} (UTC${moved.offset}) instead.`,
      },
    };
  }
  const taken = occurrence === 'second' ? later : earlier;
  return {
    ...instant(taken),
    adjustment: {
      kind: 'overlap',
      dateChanged: false,
      daySkipped: false,
      message: `${time} happens twice on ${date} in ${timeZone} (the clocks go back); scheduled for the ${occurrence} one (UTC${taken.offset}), the ${occurrence === 'second' ? 'first' : 'second'} is at UTC${(occurrence === 'second' ? earlier : later).offset}.`,
      alternatives: [toSeconds(earlier), toSeconds(later)],
      earlierOffset: earlier.offset,
      laterOffset: later.offset,
      occurrence,
    },
  };
}

function parseWallTime(Temporal: TemporalApi, date: string, time: string): Temporal.PlainDateTime {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new RangeError(`resolveScheduledInstant: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  if (!/^\d{2}:\d{2}$/.test(time))
    throw new RangeError(`resolveScheduledInstant: time must be HH:mm, got ${JSON.stringify(time)}`);
  try {
    return Temporal.PlainDateTime.from(`${date}T${time}`, { overflow: 'reject' });
  } catch (cause) {
    throw new RangeError(`resolveScheduledInstant: ${date} ${time} is not a calendar date and time`, { cause });
  }
}

function checkTimeZone(Temporal: TemporalApi, timeZone: string): string {
  try {
    return Temporal.Now.zonedDateTimeISO(timeZone).timeZoneId;
  } catch (cause) {
    throw new RangeError(`resolveScheduledInstant: unknown time zone ${JSON.stringify(timeZone)}`, { cause });
  }
}

const toSeconds = (zoned: Temporal.ZonedDateTime) => Math.floor(zoned.epochMilliseconds / 1000);
const instant = (zoned: Temporal.ZonedDateTime): ScheduledInstant => ({
  epochSeconds: toSeconds(zoned),
  zoned: zoned.toString(),
  date: zoned.toPlainDate().toString(),
  time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }),
  offset: zoned.offset,
});
