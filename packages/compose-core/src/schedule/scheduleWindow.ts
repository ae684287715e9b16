// The window a scheduled send may fall in: the one definition the picker, the session and (mirrored) the emulator
// use. Why 365 days and not a calendar year: docs/decisions/0004-schedule-one-year.md.

/** The server's lower bound in practice: a send scheduled closer than this may already be due when it arrives. */
export const MIN_SCHEDULE_LEAD_MS = 60_000;

/**
 * "At most one year ahead" (Axigen's limit for `deliveryTime`) is 365 days of 86 400 s after now, inclusive: the
 * same for every zone and every year, so a server that only sees unix seconds can apply it too. Across a leap day
 * it ends a calendar day early (from 2027-03-01 10:00Z the last instant is 2028-02-29 10:00Z); from 29 February
 * it ends on 28 February.
 */
export const MAX_SCHEDULE_AHEAD_MS = 365 * 86_400_000;

/** The first unix second a send may be scheduled for, `now` in epoch ms. */
export function earliestDeliveryTime(now: number): number {
  return Math.ceil((now + MIN_SCHEDULE_LEAD_MS) / 1000);
}

/** The last unix second a send may be scheduled for, `now` in epoch ms. */
export function latestDeliveryTime(now: number): number {
  return Math.floor((now + MAX_SCHEDULE_AHEAD_MS) / 1000);
}
