import { validateDeliveryTime } from '@inkwell/compose-core/schedule';
import {
  composeMutations,
  useInkwellClient,
  useSendOutbox,
  useServerClock,
  type MailIdVariables,
} from '@inkwell/react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useScheduledTime, useScheduledTimes } from '../outbox/useScheduledTimes';

function localInputValue(epochMs: number): string {
  const d = new Date(epochMs);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** A mail in Scheduled: cancel (back to Drafts), or pick another time (cancel, then schedule the draft again). */
export interface MailboxNotice {
  kind: 'error' | 'done';
  text: string;
  /** The draft the mail became, to offer "Edit the draft". */
  draftId?: string;
}

/**
 * What happened once the mail has left Scheduled: told by the mailbox, since this view (and the mail it shows) is
 * gone by then.
 */
export function ScheduledActions({ mailId, onNotice }: { mailId: string; onNotice: (notice: MailboxNotice) => void }) {
  const id = useId();
  const client = useInkwellClient();
  const outbox = useSendOutbox();
  // The server's time: a time this device's clock calls future the server may not, and it is refused only after the
  // mail has left Scheduled.
  const serverClock = useServerClock();
  const serverNow = () => Date.now() + (serverClock?.getSkew()?.skewMs ?? 0);
  const cancel = useMutation({
    ...composeMutations.cancelScheduledSend(client),
    // A schedule made in this tab is cancelled through the outbox, so that its "Scheduled for…" notice closes rather
    // than offer a Cancel sending that would fail.
    mutationFn: ({ mailId }: MailIdVariables) => outbox.cancelScheduledMail(mailId),
  });
  const schedule = useMutation(composeMutations.scheduleSendDraft(client));
  const times = useScheduledTimes();
  const due = useScheduledTime(mailId);
  const [when, setWhen] = useState(() =>
    localInputValue(due === undefined ? serverNow() + 60 * 60 * 1000 : due * 1000),
  );
  const [message, setMessage] = useState<MailboxNotice>();
  const busy = cancel.isPending || schedule.isPending;

  const cancelSchedule = async () => {
    setMessage(undefined);
    try {
      const { mailId: draftId } = await cancel.mutateAsync({ mailId });
      times.forget(mailId);
      onNotice({ kind: 'done', text: 'Sending cancelled. The message is back in Drafts.', draftId });
    } catch {
      setMessage({ kind: 'error', text: 'Sending could not be cancelled. It is still scheduled; try again.' });
    }
  };

  const reschedule = async () => {
    setMessage(undefined);
    const deliveryTime = Math.floor(new Date(when).getTime() / 1000);
    const check = Number.isFinite(deliveryTime)
      ? validateDeliveryTime(deliveryTime, {
          now: serverNow(),
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        })
      : ({ ok: false, message: 'Choose a date and time.' } as const);
    if (!check.ok) {
      setMessage({ kind: 'error', text: check.message });
      return;
    }
    let draftId: string;
    try {
      draftId = (await cancel.mutateAsync({ mailId })).mailId;
      times.forget(mailId);
    } catch {
      setMessage({ kind: 'error', text: 'The message could not be rescheduled. It is still scheduled as before.' });
      return;
    }
    try {
      const { mailId: scheduledId } = await schedule.mutateAsync({ mailId: draftId, deliveryTime });
      times.set(scheduledId, deliveryTime);
      onNotice({ kind: 'done', text: `Rescheduled for ${new Date(deliveryTime * 1000).toLocaleString()}.` });
    } catch {
      onNotice({
        kind: 'error',
        text: 'The message was taken off the schedule but could not be scheduled again. It is in Drafts.',
        draftId,
      });
    }
  };

  return (
    <div className="wm-scheduled" role="group" aria-label="Scheduled sending">
      <button type="button" className="wm-button" disabled={busy} onClick={() => void cancelSchedule()}>
        Cancel sending
      </button>
      <label htmlFor={`${id}-when`}>New time</label>
      <input id={`${id}-when`} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      <button type="button" className="wm-button" disabled={busy} onClick={() => void reschedule()}>
        Reschedule
      </button>
      {message ? (
        <p role="alert" className="wm-error">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
