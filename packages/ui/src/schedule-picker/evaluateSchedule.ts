import {
  resolveScheduledInstant,
  validateDeliveryTime,
  type DeliveryTimeCheck,
  type ScheduledInstant,
  type TemporalApi,
  type WallTime,
} from '@inkwell/compose-core/schedule';

/** What the picker holds: a wall date and time in a zone; `''` while the user has not filled a field. */
export type ScheduleValue = WallTime;

export type ScheduleRefusal = Extract<DeliveryTimeCheck, { ok: false }>;

/**
 * Where a picked value stands, framework-free:
 * `empty` (nothing picked), `incomplete` (date or time missing), `invalid` (not a calendar date and time),
 * `refused` (outside the schedule window, with the reason) or `ok`; the last two carry the resolved instant, whose
 * `adjustment` says when a DST gap or overlap decided the time.
 */
export type ScheduleEvaluation =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'invalid' }
  | { kind: 'refused'; instant: ScheduledInstant; refusal: ScheduleRefusal }
  | { kind: 'ok'; instant: ScheduledInstant };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** Resolves `value` in its zone and checks it against the schedule window at `now` (epoch ms). */
export function evaluateSchedule(value: ScheduleValue, now: number, Temporal: TemporalApi): ScheduleEvaluation {
  if (!value.date && !value.time) return { kind: 'empty' };
  if (!value.date || !value.time) return { kind: 'incomplete' };
  // A browser's time input may add seconds (step < 60); the minute is what counts.
  const time = value.time.slice(0, 5);
  if (!DATE.test(value.date) || !TIME.test(time)) return { kind: 'invalid' };
  let instant: ScheduledInstant;
  try {
    instant = resolveScheduledInstant({ ...value, time }, Temporal);
  } catch {
    return { kind: 'invalid' };
  }
  const check = validateDeliveryTime(instant.epochSeconds, { now, timeZone: value.timeZone });
  return check.ok ? { kind: 'ok', instant } : { kind: 'refused', instant, refusal: check };
}
