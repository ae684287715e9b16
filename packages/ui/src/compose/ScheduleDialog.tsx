import type { ScheduledInstant } from '@inkwell/compose-core/schedule';
import { useId, useRef } from 'react';
import { useMessages } from '../i18n/useMessages';
import { LazySchedulePicker } from '../schedule-picker/LazySchedulePicker';
import { composeMessages } from './composeMessages';
import { useModalDialog } from './useModalDialog';

interface Props {
  onSchedule: (instant: ScheduledInstant) => Promise<unknown>;
  onClose: () => void;
}

/** The schedule picker in a modal dialog; Escape or "Close" returns to the message. */
export function ScheduleDialog({ onSchedule, onClose }: Props) {
  const t = useMessages(composeMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useModalDialog(ref);
  return (
    <dialog
      ref={ref}
      className="ink-compose-confirm"
      aria-labelledby={id}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Escape belongs to this dialog, not to the window behind it (which would minimise).
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <h2 id={id}>{t('compose.scheduleTitle')}</h2>
      <LazySchedulePicker onSchedule={onSchedule} />
      <div className="ink-compose-confirm-actions">
        <button type="button" className="ink-compose-button" onClick={onClose}>
          {t('compose.closeSchedule')}
        </button>
      </div>
    </dialog>
  );
}
