export { SchedulePicker } from './SchedulePicker';
export type { SchedulePickerProps, SchedulePickerRootProps, SchedulePickerPresetProps } from './SchedulePicker';
export { LazySchedulePicker } from './LazySchedulePicker';
export { ScheduledSendPanel, type ScheduledSendPanelProps } from './ScheduledSendPanel';
export {
  useSchedulePicker,
  type SchedulePickerBehaviour,
  type SchedulePickerState,
  type UseSchedulePickerOptions,
} from './useSchedulePicker';
export {
  useScheduleState,
  SCHEDULE_CLOCK_TICK_MS,
  type ScheduleState,
  type UseScheduleStateOptions,
} from './useScheduleState';
export {
  evaluateSchedule,
  type ScheduleEvaluation,
  type ScheduleRefusal,
  type ScheduleValue,
} from './evaluateSchedule';
export { scheduleMessageText, type ScheduleMessage, type ScheduleMessageTone } from './scheduleMessageText';
export { schedulePickerMessages, type SchedulePickerMessageKey } from './messages';
