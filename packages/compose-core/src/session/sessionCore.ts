// The shared inside of a compose session: its mutable fields and the few operations every flow needs.
// createComposeSession wires it; createAutosave, createSendFlow and createReopenFlow act on it.
import type { AxigenClient } from '@inkwell/axigen-client';
import type { ManagedAttachmentQueue } from '../attachments/types';
import type { SendCheck } from '../checks/checkBeforeSend';
import type { Draft, DraftAttachment } from '../draft';
import type { JournalEntry } from '../journal/types';
import type { SendOutbox } from '../outbox/types';
import type { PrefillContext } from '../prefill/loadPrefill';
import type { Autosave } from './createAutosave';
import type { JournalSync } from './createJournalSync';
import type {
  ComposeSessionOptions,
  ComposeState,
  ConflictInfo,
  SaveError,
  ScheduledInfo,
  SendError,
  UndoWindow,
} from './types';

/** States in which the user edits and autosave drives the state (during a send the send flow owns it). */
export const EDITING: readonly ComposeState[] = ['pristine', 'dirty', 'saving', 'saved', 'save-failed', 'send-failed'];

/** A send or schedule whose answer was lost: the message may or may not be on its way. */
export interface PendingOutcome {
  kind: 'send' | 'schedule';
  serverId: string;
  version: number;
}

export interface SessionFields {
  state: ComposeState;
  draft: Draft;
  /** Local change counter; shared across tabs through the journal. */
  version: number;
  /** Highest version this tab wrote to or saw in the journal. */
  knownVersion: number;
  /** The version the server holds. */
  savedVersion: number;
  serverId: string | undefined;
  lastSavedAt: number | undefined;
  saveError: SaveError | undefined;
  sendError: SendError | undefined;
  recovered: boolean;
  conflict: (ConflictInfo & { entry: JournalEntry }) | undefined;
  undo: UndoWindow | undefined;
  scheduled: ScheduledInfo | undefined;
  loadError: string | undefined;
  journalError: string | undefined;
  readOnly: boolean;
  pending: PendingOutcome | undefined;
  disposed: boolean;
  /** An undo started here is running (outbox events about it are this session's own). */
  undoing: boolean;
  /** Attachment fields that matter to server and journal, to tell real changes from progress ticks. */
  attachmentKey: string;
}

export interface SessionCore {
  readonly f: SessionFields;
  readonly options: ComposeSessionOptions;
  readonly client: AxigenClient;
  readonly outbox: SendOutbox;
  readonly queue: ManagedAttachmentQueue;
  readonly journalSync: JournalSync;
  readonly autosave: Autosave;
  readonly clientId: string;
  readonly now: () => number;
  isOnline(): boolean;
  /** Moves along the transition table; throws InvalidTransitionError otherwise. */
  transition(next: ComposeState): void;
  /** Moves only while editing (a send in progress owns the state). */
  setSaveState(next: ComposeState): void;
  /** Rebuilds the snapshot and tells subscribers. */
  publish(): void;
  checks(): readonly SendCheck[];
  /** A change to keep: a new version, `dirty`, journal write and autosave scheduled. */
  markChanged(): void;
  journalEntry(): JournalEntry;
  /** Makes `base` the draft, with the queue's current attachments. */
  setDraft(base: Draft): void;
  prefillContext(): PrefillContext;
}

export function ignore(): void {
  /* the state and snapshot already carry the failure */
}

/** The fields of attachments that matter to the server and the journal (not upload progress). */
export function persistentKey(attachments: readonly DraftAttachment[]): string {
  return JSON.stringify(attachments.map((a) => [a.localId, a.state, a.queueId, a.contentId, a.isInline, a.error]));
}

/** Names for the outbox toast. */
export function recipientNames(draft: Draft): string[] {
  return [...draft.to, ...draft.cc, ...draft.bcc].map((r) => r.name || r.address);
}
