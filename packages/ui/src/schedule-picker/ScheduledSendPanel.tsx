'use client';
import { useState, type ComponentPropsWithRef } from 'react';
import { useLocale, useMessages } from '../i18n';
import { WidgetStyles } from '../theme';
import { formatDateIn, formatTimeIn } from './formatScheduleTime';
import { schedulePickerMessages } from './messages';
import { schedulePickerStyles } from './schedulePickerStyles';
import { useScheduledItem } from './useScheduledItem';

export interface ScheduledSendPanelProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The `useScheduledSend` item id (`scheduled:<mailId>`). Renders nothing once the outbox no longer holds it. */
  scheduledId: string;
  /** The zone the time is shown in. Default: the browser's. */
  timeZone?: string;
  /** After a cancel: the id of the mail, back in Drafts, for the host to reopen as a draft. */
  onCancelled?: (draftMailId: string) => void;
}

/**
 * An existing schedule: when it goes out, and "Cancel schedule" (the mail goes back to Drafts).
 * @selector [data-state="scheduled|cancelling|cancel-failed"]
 */
export function ScheduledSendPanel({
  scheduledId,
  timeZone,
  onCancelled,
  className,
  ...rest
}: ScheduledSendPanelProps) {
  const { item, cancel } = useScheduledItem(scheduledId);
  const t = useMessages(schedulePickerMessages);
  const { locale, dir } = useLocale();
  const [failed, setFailed] = useState(false);
  if (!item) return null;
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const cancelling = item.status === 'cancelling';
  const at = item.deliveryTime === undefined ? undefined : item.deliveryTime * 1000;
  const state = cancelling ? 'cancelling' : failed ? 'cancel-failed' : 'scheduled';

  const onCancel = () => {
    setFailed(false);
    cancel().then(
      ({ mailId }) => onCancelled?.(mailId),
      () => setFailed(true),
    );
  };

  return (
    <div
      {...rest}
      dir={dir}
      data-state={state}
      className={className ? `ink-schedule-picker-scheduled ${className}` : 'ink-schedule-picker-scheduled'}
    >
      <WidgetStyles id="schedule-picker" css={schedulePickerStyles} />
      <p role="status" className="ink-schedule-picker-message-text">
        {at === undefined
          ? t('schedulePicker.scheduled')
          : t('schedulePicker.scheduledFor', {
              date: formatDateIn(at, zone, locale),
              time: formatTimeIn(at, zone, locale),
              zone,
            })}
      </p>
      {failed ? (
        <p role="alert" className="ink-schedule-picker-message-text" data-tone="error">
          {t('schedulePicker.cancelFailed')}
        </p>
      ) : null}
      <button type="button" className="ink-schedule-picker-button" disabled={cancelling} onClick={onCancel}>
        {t(cancelling ? 'schedulePicker.cancelling' : 'schedulePicker.cancel')}
      </button>
    </div>
  );
}
