// `@inkwell/compose-core/schedule`: delivery-time rules, presets and the Temporal loader, for a schedule picker.
// Kept out of the main entry: an app that never offers scheduling does not download them.
export { resolveScheduledInstant } from './schedule/resolveScheduledInstant';
export type { ScheduledInstant, WallTime } from './schedule/resolveScheduledInstant';
export { validateDeliveryTime } from './schedule/validateDeliveryTime';
export type { DeliveryTimeCheck } from './schedule/validateDeliveryTime';
export {
  MIN_SCHEDULE_LEAD_MS,
  MAX_SCHEDULE_AHEAD_MS,
  earliestDeliveryTime,
  latestDeliveryTime,
} from './schedule/scheduleWindow';
export { loadTemporal } from './schedule/loadTemporal';
export type { TemporalApi } from './schedule/loadTemporal';
export {
  schedulePresets,
  LATER_TODAY_TIME,
  LATER_TODAY_MIN_LEAD_MS,
  MORNING_TIME,
  SMALL_HOURS_END,
} from './schedule/schedulePresets';
export type { SchedulePreset, SchedulePresetId } from './schedule/schedulePresets';
// The server's clock: the server judges a delivery time by it, so a picker on a skewed device corrects by the skew.
export { createServerClock } from './session/serverClock';
export { estimateClockSkew, LARGE_CLOCK_SKEW_MS } from './clock/serverClockSkew';
