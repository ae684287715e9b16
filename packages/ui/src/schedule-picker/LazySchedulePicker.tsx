'use client';
import { createLazyModule } from '@inkwell/compose-core';
import { useLazyModule } from '@inkwell/editor';
import { useMessages } from '../i18n';
import { schedulePickerMessages } from './messages';
import type { SchedulePickerProps } from './SchedulePicker';

// Through createLazyModule, not React.lazy: a chunk that cannot load (offline) must say so here, not throw from
// render and take the host's window down with it.
const pickerModule = createLazyModule(() => import('./SchedulePicker').then((module) => module.SchedulePicker), {
  what: 'The schedule picker',
  loader: 'LazySchedulePicker',
});

/**
 * `SchedulePicker` as its own chunk, for hosts that open it on demand (a "Schedule send" menu item): the picker's
 * code and Temporal load only when it first renders; a failed load says so, with Try again. Same props.
 */
export function LazySchedulePicker(props: SchedulePickerProps) {
  const t = useMessages(schedulePickerMessages);
  const { value: Picker, failed, retry } = useLazyModule(pickerModule);
  if (Picker) return <Picker {...props} />;
  if (failed) {
    return (
      <div className="ink-schedule-picker-message" data-tone="error">
        <p role="alert" className="ink-schedule-picker-message-text">
          {t('schedulePicker.loadFailed')}
        </p>
        <button type="button" className="ink-schedule-picker-button" onClick={retry}>
          {t('schedulePicker.retry')}
        </button>
      </div>
    );
  }
  return (
    <p role="status" className="ink-schedule-picker-notice">
      {t('schedulePicker.loading')}
    </p>
  );
}
