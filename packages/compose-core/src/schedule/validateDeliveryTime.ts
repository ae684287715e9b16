import { Temporal } from 'temporal-polyfill';

/** The server's lower bound in practice: a send scheduled closer than this may already be due when it arrives. */
export const MIN_SCHEDULE_LEAD_MS = 60_000;

export type DeliveryTimeCheck =
  { ok: true } | { ok: false; code: 'too-soon' | 'too-late' | 'in-past'; message: string };

/**
 * Whether `epochSeconds` may be used as a scheduled `deliveryTime`: at least one minute after `now` (epoch ms; pass a
 * server-corrected clock when the skew is large) and at most one calendar year after it, counted in the user's
 * zone. One year after Feb 29 is Feb 28 (Temporal's `constrain`): the earlier of the two candidates, so a time we
 * accept is never beyond a server that counts 365 days. Both limits are inclusive.
 */
export function validateDeliveryTime(
  epochSeconds: number,
  { now, timeZone }: { now: number; timeZone: string },
): DeliveryTimeCheck {
  if (!Number.isInteger(epochSeconds)) {
    throw new RangeError(`validateDeliveryTime: epochSeconds must be whole unix seconds, got ${epochSeconds}`);
  }
  if (!Number.isFinite(now)) throw new RangeError(`validateDeliveryTime: now must be epoch milliseconds, got ${now}`);
  let nowZoned: Temporal.ZonedDateTime;
  try {
    nowZoned = Temporal.Instant.fromEpochMilliseconds(Math.floor(now)).toZonedDateTimeISO(timeZone);
  } catch (cause) {
    throw new RangeError(`validateDeliveryTime: unknown time zone ${JSON.stringify(timeZone)}`, { cause });
  }
  const at = epochSeconds * 1000;
  if (at <= now)
    return { ok: false, code: 'in-past', message: 'That time has already passed. Choose a time in the future.' };
  if (at < now + MIN_SCHEDULE_LEAD_MS) {
    return { ok: false, code: 'too-soon', message: 'Schedule at least one minute ahead, or send now.' };
  }
  const limit = nowZoned.add({ years: 1 });
  if (at > limit.epochMilliseconds) {
    const last = limit.toPlainDate().toString();
    return { ok: false, code: 'too-late', message: `Mail can be scheduled at most one year ahead (until ${last}).` };
  }
  return { ok: true };
}
