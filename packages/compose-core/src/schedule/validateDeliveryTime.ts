import { earliestDeliveryTime, latestDeliveryTime } from './scheduleWindow';

export { MIN_SCHEDULE_LEAD_MS } from './scheduleWindow';

export type DeliveryTimeCheck =
  | { ok: true }
  /** `earliest`: the first unix second that would be accepted. */
  | { ok: false; code: 'in-past' | 'too-soon'; message: string; earliest: number }
  /** `latest`: the last unix second that would be accepted. */
  | { ok: false; code: 'too-late'; message: string; latest: number };

/**
 * Whether `epochSeconds` may be used as a scheduled `deliveryTime`: at least `MIN_SCHEDULE_LEAD_MS` after `now`
 * (epoch ms; pass a server-corrected clock when the skew is large) and at most `MAX_SCHEDULE_AHEAD_MS` (365 days)
 * after it, both inclusive (see `scheduleWindow.ts`). `timeZone` only words the message. Needs no Temporal.
 */
export function validateDeliveryTime(
  epochSeconds: number,
  { now, timeZone }: { now: number; timeZone: string },
): DeliveryTimeCheck {
  if (!Number.isInteger(epochSeconds)) {
    throw new RangeError(`validateDeliveryTime: epochSeconds must be whole unix seconds, got ${epochSeconds}`);
  }
  if (!Number.isFinite(now)) throw new RangeError(`validateDeliveryTime: now must be epoch milliseconds, got ${now}`);
  const format = dateTimeFormat(timeZone);
  const earliest = earliestDeliveryTime(now);
  if (epochSeconds * 1000 <= now) {
    return {
      ok: false,
      code: 'in-past',
      message: 'That time has already passed. Choose a time in the future.',
      earliest,
    };
  }
  if (epochSeconds < earliest) {
    return { ok: false, code: 'too-soon', message: 'Schedule at least one minute ahead, or send now.', earliest };
  }
  const latest = latestDeliveryTime(now);
  if (epochSeconds > latest) {
    const until = format.format(latest * 1000);
    return {
      ok: false,
      code: 'too-late',
      message: `Mail can be scheduled at most one year ahead (until ${until}, ${timeZone}).`,
      latest,
    };
  }
  return { ok: true };
}

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' });
  } catch (cause) {
    throw new RangeError(`validateDeliveryTime: unknown time zone ${JSON.stringify(timeZone)}`, { cause });
  }
}
