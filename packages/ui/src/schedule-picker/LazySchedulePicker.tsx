'use client';
import { lazy, Suspense } from 'react';
import { useMessages } from '../i18n';
import { schedulePickerMessages } from './messages';
import type { SchedulePickerProps } from './SchedulePicker';

const Picker = lazy(() => import('./SchedulePicker').then((module) => ({ default: module.SchedulePicker })));

/**
 * `SchedulePicker` as its own chunk, for hosts that open it on demand (a "Schedule send" menu item): the picker's
 * code and Temporal load only when it first renders. Same props.
 */
export function LazySchedulePicker(props: SchedulePickerProps) {
  const t = useMessages(schedulePickerMessages);
  return (
    <Suspense
      fallback={
        <p role="status" className="ink-schedule-picker-notice">
          {t('schedulePicker.loading')}
        </p>
      }
    >
      <Picker {...props} />
    </Suspense>
  );
}
