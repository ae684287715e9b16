// "At most one year ahead" for deliveryTime, mirrored from @inkwell/compose-core's schedule window (the emulator
// imports nothing of ours): 365 days of 86 400 s after now, inclusive, the same in every zone and every year.
// docs/decisions/0004-schedule-one-year.md; compose-core's scheduleWindow.test.ts runs both on one table.

/** 365 days, in seconds. */
export const MAX_SCHEDULE_AHEAD_SECONDS = 365 * 86_400;

/** The last unix second a send may be scheduled for. */
export function latestDeliveryTime(nowSeconds: number): number {
  return nowSeconds + MAX_SCHEDULE_AHEAD_SECONDS;
}
