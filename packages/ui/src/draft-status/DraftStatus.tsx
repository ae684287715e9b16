import type { ComponentPropsWithRef } from 'react';

/** The autosave states a user can see. */
export type DraftStatusState = 'idle' | 'saving' | 'saved' | 'failed' | 'offline';

export interface DraftStatusProps extends Omit<ComponentPropsWithRef<'p'>, 'children'> {
  state: DraftStatusState;
  /** When the server last confirmed the draft; shown with `saved`. */
  savedAt?: Date;
  /** Why the last save failed; shown with `failed`. */
  reason?: string;
  /** Called when the user asks to retry a failed save. */
  onRetry?: () => void;
  /** Formats `savedAt`; defaults to the user's locale, hours and minutes. */
  formatTime?: (date: Date) => string;
}

const defaultFormat = (d: Date) => d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * A live region that tells the user where their draft stands.
 * @selector [data-state="idle|saving|saved|failed|offline"]
 */
export function DraftStatus({
  state,
  savedAt,
  reason,
  onRetry,
  formatTime = defaultFormat,
  ...rest
}: DraftStatusProps) {
  return (
    <p role="status" aria-live="polite" data-state={state} {...rest}>
      {label(state, savedAt, reason, formatTime)}
      {state === 'failed' && onRetry ? (
        <>
          {' '}
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </>
      ) : null}
    </p>
  );
}

function label(
  state: DraftStatusState,
  savedAt: Date | undefined,
  reason: string | undefined,
  fmt: (d: Date) => string,
) {
  switch (state) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return savedAt ? `Saved at ${fmt(savedAt)}` : 'Saved';
    case 'failed':
      return reason ? `Not saved: ${reason}` : 'Not saved';
    case 'offline':
      return 'Offline: your changes are kept on this device';
    default:
      return state satisfies never;
  }
}
