/**
 * What an undo-send toast says.
 * - `sending`: the send request is running.
 * - `undoable`: sent, Undo offered until `deadline` (the server's window as measured on this device).
 * - `undoing`: the undo request is running.
 * - `reopened`: undone; the draft is open again (or back in Drafts).
 * - `sent`: the undo window is over; the message is on its way.
 * - `too-late`: Undo was pressed, but the server had already let the message go (or, with `offlineUndo`, the device
 *   was offline until the window ended, so the undo never reached it).
 * - `unknown`: no answer from the server (to the send or to the undo): the message may have been sent.
 * - `not-sent`: the server refused the send; the message is still in its compose view.
 * - `scheduled`: the message waits in Scheduled until `deliveryTime`; it can be cancelled (back to Drafts).
 * - `cancel-failed`: cancelling the schedule failed; the message is still scheduled.
 */
export type UndoToastState =
  | 'sending'
  | 'undoable'
  | 'undoing'
  | 'reopened'
  | 'sent'
  | 'too-late'
  | 'unknown'
  | 'not-sent'
  | 'scheduled'
  | 'cancel-failed';

export interface UndoToastContent {
  state: UndoToastState;
  subject: string;
  recipients: readonly string[];
  /** The outbox item (`undo:<processingId>`), once the server accepted the send. */
  itemId?: string;
  /** Epoch ms on the outbox's clock when Undo stops being offered. */
  deadline?: number;
  /** A scheduled message's delivery time, unix seconds, when known. */
  deliveryTime?: number;
  /** The compose session's client id, so the host can find a view that is still open. */
  clientId?: string;
  /** `too-late` because the device stayed offline from the Undo press until the window ended. */
  offlineUndo?: boolean;
  /** The reopened draft's mail id. */
  draftId?: string;
  /** The send mutation behind a `sending` toast (TanStack Query's `mutationId`). */
  mutationId?: number;
}

/** Toasts that must be heard at once (role alert) and stay until dismissed. */
export const isAlertState = (state: UndoToastState): boolean =>
  state === 'too-late' || state === 'unknown' || state === 'not-sent' || state === 'cancel-failed';
