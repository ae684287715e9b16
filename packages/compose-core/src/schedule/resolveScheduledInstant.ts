import { Temporal } from 'temporal-polyfill';

export interface ScheduledInstant {
  /** Unix seconds, as `deliveryTime` wants it. */
  epochSeconds: number;
  /** ISO 8601 with offset and zone, e.g. `2026-03-29T03:30:00+02:00[Europe/Berlin]`. */
  zoned: string;
  /** Set when the wall time was moved (DST gap) or was ambiguous (DST overlap). */
  adjustment?: {
    kind: 'gap' | 'overlap';
    message: string;
    /** Overlap only: both instants (unix seconds), earlier first. */
    alternatives?: number[];
  };
}

/**
 * The instant a user means by a date and wall time in a zone. A time the clocks skip (spring forward) moves forward
 * by the size of the gap, like Temporal's `compatible` (02:30 → 03:30); a time that happens twice (fall back)
 * takes the earlier one and reports both, so a UI can offer the choice.
 */
export function resolveScheduledInstant({
  date,
  time,
  timeZone,
}: {
  date: string;
  time: string;
  timeZone: string;
}): ScheduledInstant {
  const wallTime = parseWallTime(date, time);
  const zone = checkTimeZone(timeZone);
  const earlier = wallTime.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = wallTime.toZonedDateTime(zone, { disambiguation: 'later' });
  if (earlier.epochMilliseconds === later.epochMilliseconds) return instant(earlier);

  if (!earlier.toPlainDateTime().equals(wallTime)) {
    const moved = wallTime.toZonedDateTime(zone, { disambiguation: 'compatible' });
    const shownTime = moved.toPlainTime().toString({ smallestUnit: 'minute' });
    return {
      ...instant(moved),
      adjustment: {
        kind: 'gap',
        message: `${time} does not exist on ${date} in ${timeZone} (the clocks go forward); scheduled for ${shownTime} (UTC${moved.offset}) instead.`,
      },
    };
  }
  return {
    ...instant(earlier),
    adjustment: {
      kind: 'overlap',
      message: `${time} happens twice on ${date} in ${timeZone} (the clocks go back); scheduled for the first one (UTC${earlier.offset}), the second is at UTC${later.offset}.`,
      alternatives: [toSeconds(earlier), toSeconds(later)],
    },
  };
}

function parseWallTime(date: string, time: string): Temporal.PlainDateTime {
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

function checkTimeZone(timeZone: string): string {
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
});
