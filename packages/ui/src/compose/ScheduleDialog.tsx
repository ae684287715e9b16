import type { SendErrorCode, SendOutcome } from '@inkwell/compose-core';
import type { ScheduledInstant } from '@inkwell/compose-core/schedule';
import { useRef, useState } from 'react';
import { useLocale, useMessages } from '../i18n/useMessages';
import { WidgetStyles } from '../theme/WidgetStyles';
import { LazySchedulePicker } from '../schedule-picker/LazySchedulePicker';
import { COMPOSE_DIALOG_CSS } from './composeDialogStyles';
import { composeDialogMessages } from './composeDialogMessages';
import { composeMessages } from './composeMessages';
import { useModalDialog } from './useModalDialog';

interface Props {
  onSchedule: (instant: ScheduledInstant) => Promise<SendOutcome>;
  onClose: () => void;
  /** Server clock minus this device's (`snapshot.clockSkew`): the picker reads the server's time. */
  clockSkew?: { skewMs: number; large: boolean } | undefined;
}

/** The schedule picker in a modal dialog; Escape or "Close" returns to the message. The picker's own label is the
 * visible title (a heading of the dialog's own would say "Schedule send" twice). A schedule that fails says why here,
 * where the user is looking, not only in the window behind the dialog. */
export function ScheduleDialog({ onSchedule, onClose, clockSkew }: Props) {
  const t = useMessages(composeMessages);
  const td = useMessages(composeDialogMessages);
  const { locale } = useLocale();
  const skewMs = clockSkew?.skewMs ?? 0;
  const ref = useRef<HTMLDialogElement>(null);
  const [failed, setFailed] = useState<Exclude<SendErrorCode, 'blocked' | 'needs-confirmation'>>();
  useModalDialog(ref);
  return (
    <dialog
      ref={ref}
      className="ink-compose-confirm"
      aria-label={td('compose.scheduleTitle')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Escape belongs to this dialog, not to the window behind it (which would minimise).
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <WidgetStyles id="compose-dialog" css={COMPOSE_DIALOG_CSS} />
      {clockSkew?.large ? (
        <p className="ink-compose-note">
          {td(skewMs > 0 ? 'compose.clockBehind' : 'compose.clockAhead', { amount: clockAmount(skewMs, locale) })}
        </p>
      ) : null}
      <LazySchedulePicker
        // The same clock the session checks a delivery time against, so the picker offers no time the send refuses.
        now={() => Date.now() + skewMs}
        onSchedule={async (instant) => {
          setFailed(undefined);
          const outcome = await onSchedule(instant);
          const code = outcome.ok ? undefined : outcome.error.code;
          // A message that cannot be sent as it is ("blocked") is shown by the checks dialog instead.
          if (code !== 'blocked' && code !== 'needs-confirmation') setFailed(code);
          return outcome;
        }}
      />
      {failed ? (
        <p role="alert" className="ink-compose-note" data-tone="danger">
          {t(`compose.error.${failed}`)}
        </p>
      ) : null}
      <div className="ink-compose-confirm-actions">
        <button type="button" className="ink-compose-button" onClick={onClose}>
          {td('compose.closeSchedule')}
        </button>
      </div>
    </dialog>
  );
}

/** "6 hours", "25 minutes" in the UI's language; a skew is "large" from 2 minutes on. */
function clockAmount(skewMs: number, locale: string): string {
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  const [value, unit] = minutes >= 90 ? [Math.round(minutes / 60), 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
