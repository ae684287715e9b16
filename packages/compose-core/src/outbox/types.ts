// The send outbox: undo windows and scheduled sends that outlive the compose view that started them.
import type { AxigenClient } from '@inkwell/axigen-client';
import type { DraftFingerprint } from '../session/serverLookup';

interface OutboxItemBase {
  /** `undo:<processingId>` or `scheduled:<mailId>`. */
  id: string;
  /** For the toast: "Message to Jane sent". */
  subject: string;
  recipients: string[];
  /** The compose session's client id, so a reopened view can find its item. */
  clientId?: string;
}

export interface UndoableSend extends OutboxItemBase {
  kind: 'undoable';
  processingId: number;
  /** The Sent copy. */
  mailId?: string;
  /** Epoch ms (local clock) after which undo is not offered. */
  deadline: number;
  /** What the message looks like in a folder: finds the draft an undo made when its answer was lost. */
  fingerprint?: DraftFingerprint;
  /** `undoing` while the undo request runs. */
  status: 'pending' | 'undoing';
}

export interface ScheduledSend extends OutboxItemBase {
  kind: 'scheduled';
  /** The mail in the Scheduled folder. */
  mailId: string;
  /** Unix seconds, when known. */
  deliveryTime?: number;
  status: 'pending' | 'cancelling';
}

export type OutboxItem = UndoableSend | ScheduledSend;

/** Why an undo or cancel did not happen. */
export class OutboxError extends Error {
  override readonly name = 'OutboxError';
  constructor(
    readonly code: 'undo-expired' | 'undo-failed' | 'cancel-failed' | 'not-found',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export interface SendOutbox {
  subscribe(listener: () => void): () => void;
  /** Pending items, oldest first; the same array until something changes. */
  getSnapshot(): readonly OutboxItem[];
  /** Registers an undoable send (its window expires by itself) or a scheduled send. */
  add(item: Omit<UndoableSend, 'id' | 'status'> | Omit<ScheduledSend, 'id' | 'status'>): OutboxItem;
  /**
   * Pulls an undoable send back. Resolves with the draft's id (absent when the server could not rebuild one);
   * rejects with `OutboxError` `undo-expired` after the deadline or when the server refuses. Transient failures
   * (5xx, timeout, dropped connection) are retried within the window, each after looking in Drafts for the draft
   * an undo whose answer was lost made (never reported as sent while it was in fact undone).
   */
  undo(id: string): Promise<{ mailId?: string }>;
  /** Cancels a scheduled send; resolves with the id of the mail back in Drafts. */
  cancelSchedule(id: string): Promise<{ mailId: string }>;
  /**
   * Cancels the scheduled send of a mail, by the mail's id: through its item when this outbox holds one (its notice
   * closes, `onSettled` hears it; rejects with `OutboxError`), else through the client (a schedule made in another
   * tab or session; rejects with the client's error). Resolves with the id of the mail back in Drafts.
   */
  cancelScheduledMail(mailId: string): Promise<{ mailId: string }>;
  /** Ends an undo window now (the message goes out), or forgets a scheduled item. */
  expire(id: string): void;
  /**
   * Tells listeners what a compose session found out about a send or schedule of a draft whose answer was lost
   * (a toast still showing "Sending…" for it says what happened instead of "it may have been sent").
   */
  reconciled(draftMailId: string, verdict: ReconcileVerdict): void;
  /** Events for sessions that want to know an item of theirs was undone or cancelled from elsewhere (a toast). */
  onSettled(listener: (event: OutboxSettledEvent) => void): () => void;
  dispose(): void;
}

/** What the server's state said about a send or schedule whose answer was lost; `unknown` when it could not tell. */
export type ReconcileVerdict = 'sent' | 'scheduled' | 'not-sent' | 'unknown';

export type OutboxSettledEvent =
  | { type: 'undone'; item: UndoableSend; draftMailId?: string }
  | { type: 'expired'; item: OutboxItem }
  | { type: 'cancelled'; item: ScheduledSend; draftMailId: string }
  | { type: 'reconciled'; draftMailId: string; verdict: ReconcileVerdict };

export interface SendOutboxOptions {
  client: AxigenClient;
  /** @default Date.now */
  now?: () => number;
}
