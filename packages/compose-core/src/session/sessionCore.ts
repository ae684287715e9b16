// The shared inside of a compose session: its mutable fields and the few operations every flow needs.
// createComposeSession wires it; createAutosave, createSendFlow and createReopenFlow act on it.
import type { AxigenClient } from '@inkwell/axigen-client';
import type { ManagedAttachmentQueue } from '../attachments/types';
import type { SendCheck } from '../checks/checkBeforeSend';
import type { Draft, DraftAttachment } from '../draft';
import type { PendingCreate } from '../journal/pageRecords';
import type { JournalEntry } from '../journal/types';
import type { SendOutbox } from '../outbox/types';
import type { PrefillContext } from '../prefill/loadPrefill';
import type { DraftFingerprint } from './serverLookup';
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
  UnsentEdits,
} from './types';

/** States in which the user edits and autosave drives the state (during a send the send flow owns it). */
export const EDITING: readonly ComposeState[] = ['pristine', 'dirty', 'saving', 'saved', 'save-failed', 'send-failed'];

/** A send or schedule whose answer was lost: the message may or may not be on its way. */
export interface PendingOutcome {
  kind: 'send' | 'schedule';
  serverId: string;
  /** The local version the server draft held when the request left. */
  version: number;
  /** Epoch ms when the request left. */
  startedAt: number;
  /** To find the scheduled copy, whose id the lost answer carried. */
  fingerprint: DraftFingerprint;
  /** Unix seconds, for a schedule. */
  deliveryTime?: number;
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
  conflict: (Omit<ConflictInfo, 'fields'> & { entry: JournalEntry }) | undefined;
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
  /** A create without an answer yet (lost, hung or in flight): looked for in Drafts before another create. */
  pendingCreate: PendingCreate | undefined;
  /** The page is being hidden or unloaded: disposing now is not the user closing the view. */
  pageHidden: boolean;
  unsentEdits: UnsentEdits | undefined;
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
  /** Something of the draft the server cannot hold yet (an invalid recipient, a part not uploaded): the journal keeps
   * its entry (and files) while this is true, even once the server has the latest version. */
  keptOnlyHere(): boolean;
  /** A change to keep: a new version, `dirty`, journal write and autosave scheduled. */
  markChanged(): void;
  journalEntry(): JournalEntry;
  /** Makes `base` the draft, with the queue's current attachments. */
  setDraft(base: Draft): void;
  prefillContext(): PrefillContext;
  /** Writes this view's page record now (synchronously): ids, a create in flight, unsaved text. */
  writePageRecord(): void;
  /**
   * Asks the other views of this draft in this browser where it stands and gives them a moment to answer: an answer
   * that this view has not seen becomes a conflict (`f.conflict`), as their message would have, had it arrived.
   */
  askOtherViews(): Promise<void>;
  /** Server drafts that other open compose views own (never adopted as a lost create of this one). */
  otherSessionServerIds(): ReadonlySet<string>;
  /** The server lost these uploaded parts: upload again or ask for the file (see `ManagedAttachmentQueue`). */
  reuploadStale(localIds: readonly string[]): void;
  /** Keeps `draft` as a new unsent draft (journal + page record) under a new client id. */
  keepAsNewDraft(draft: Draft): UnsentEdits;
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
