// Public types of the compose session. Hooks bind a session with useSyncExternalStore(subscribe, getSnapshot).
import type { AxigenClient, Recipient } from '@inkwell/axigen-client';
import type { AttachmentQueue } from '../attachment-queue-types';
import type { PartLocks } from '../attachments/types';
import type { SendCheck } from '../checks/checkBeforeSend';
import type { Draft } from '../draft';
import type { PageStorage } from '../journal/pageRecords';
import type { DraftJournal } from '../journal/types';
import type { SendOutbox } from '../outbox/types';
import type { ServerClock } from './serverClock';

/** What the compose view was opened for. */
export type ComposeIntent =
  | { kind: 'new'; initial?: Partial<Draft> }
  | { kind: 'reply' | 'replyAll' | 'forward'; mailId: string }
  /** Reopen a draft from the Drafts folder. */
  | { kind: 'draft'; mailId: string }
  /** Open a scheduled mail; it is read-only until `cancelSchedule()` moves it back to Drafts. */
  | { kind: 'scheduled'; mailId: string };

/** Who is writing: the From address, and every address the user receives on (for reply-all and cids). */
export interface ComposeIdentity {
  from: Recipient;
  /** Own addresses and aliases, dropped from reply-all recipients. */
  ownAddresses: readonly string[];
}

export interface AttachmentLimits {
  /** Per file; default 25 MiB. */
  maxAttachmentBytes?: number;
  /** Default 50. */
  maxAttachments?: number;
  /** All files together; default 30 MiB. */
  maxTotalBytes?: number;
}

export interface ComposeSessionOptions {
  client: AxigenClient;
  intent: ComposeIntent;
  identity: ComposeIdentity;
  /** Local crash journal. Default: `createIndexedDbJournal()` where IndexedDB exists; `null` disables it. */
  journal?: DraftJournal | null;
  /** Stable local id; a new session with the same id resumes the journaled draft. Default: random (new), `mail:<account>:<id>` (draft). */
  clientId?: string;
  /** Tracks undo windows and scheduled sends beyond the compose view's life. Default: the module-level outbox. */
  outbox?: SendOutbox;
  /** Debounce between the last change and the autosave. @default 2000 */
  autosaveDelayMs?: number;
  limits?: AttachmentLimits;
  /** IANA zone for quotes and the one-year schedule limit. Default: the runtime's zone. */
  timeZone?: string;
  locale?: string;
  /** Clock in ms (tests). @default Date.now */
  now?: () => number;
  /** Server clock estimate (see `createServerClock`); used to validate schedule times against the server's clock. */
  serverClock?: ServerClock;
  /** Random source in [0,1) for backoff jitter and ids (tests). @default Math.random */
  random?: () => number;
  /**
   * Locks shared by this device's tabs, so one view of a draft uploads each part and another takes the upload over
   * when that view goes without finishing it. Default: `navigator.locks` where it exists; `null` disables.
   */
  locks?: PartLocks | null;
  /** Cross-tab channel factory; default `new BroadcastChannel(name)` where available; `null` disables. */
  broadcastChannel?: ((name: string) => TabChannel) | null;
  /**
   * Synchronous storage for the page-hide fallback and the list of open compose views (`listOpenComposeSessions`).
   * Default: `localStorage` where it exists; `null` disables.
   */
  pageStorage?: PageStorage | null;
  /** A save (create / replace) that has not answered after this long fails as retryable. @default 30000 */
  saveTimeoutMs?: number;
  /**
   * Listen to `pagehide` / `visibilitychange` on `window` to write the latest text synchronously (a tab closed
   * 0 ms after the last key loses nothing). @default true where `window` exists
   */
  watchPage?: boolean;
}

/** The part of BroadcastChannel the session uses. */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/**
 * Lifecycle of one compose view.
 * - `loading`: prefill / reopen / undo in progress.
 * - `pristine`: nothing changed by the user (a reply prefill is pristine: no draft is created for it).
 * - `dirty` → `saving` → `saved` | `save-failed`: autosave.
 * - `sending` → `undoable` (X5, 10 s window) | `sent` (X4, or window over) | `scheduled` | `send-failed`.
 * - `discarded`: terminal.
 */
export type ComposeState =
  | 'loading'
  | 'pristine'
  | 'dirty'
  | 'saving'
  | 'saved'
  | 'save-failed'
  | 'sending'
  | 'undoable'
  | 'sent'
  | 'scheduled'
  | 'send-failed'
  | 'discarded';

export interface SaveError {
  message: string;
  /** True when the session keeps retrying by itself (backoff) or will on reconnect. */
  retryable: boolean;
  /** Epoch ms of the next automatic attempt, when one is planned. */
  nextRetryAt?: number;
}

export type SendErrorCode =
  | 'blocked'
  | 'needs-confirmation'
  /** `navigator.onLine` was false: no request was made. */
  | 'offline'
  | 'save-failed'
  | 'send-failed'
  | 'outcome-unknown'
  | 'invalid-time'
  | 'undo-expired'
  | 'undo-failed'
  | 'load-failed';

export interface SendError {
  code: SendErrorCode;
  message: string;
  /** True when pressing send (or undo) again is safe and may succeed. */
  retryable: boolean;
}

export interface UndoWindow {
  processingId: number;
  /** The Sent copy, when the server saved one. */
  mailId?: string;
  /** Epoch ms (local clock) after which undo is no longer offered. */
  deadline: number;
}

export interface ScheduledInfo {
  /** The mail in the Scheduled folder; undefined when the server's answer was lost (see the Scheduled folder). */
  mailId?: string;
  /** Unix seconds; unknown when a scheduled mail was reopened (the Mail schema has no delivery time). */
  deliveryTime?: number;
}

/** One field that differs between this tab and the other one. */
export interface FieldConflict<T> {
  mine: T;
  theirs: T;
}

/** The fields that differ (absent: the same in both tabs). `body` is the HTML. */
export interface ConflictFields {
  to?: FieldConflict<Recipient[]>;
  cc?: FieldConflict<Recipient[]>;
  bcc?: FieldConflict<Recipient[]>;
  subject?: FieldConflict<string>;
  body?: FieldConflict<string>;
}

/**
 * How to settle each field: `mine`, `theirs`, or `merge` (recipients: both lists, without duplicates; body: this
 * tab's text followed by the other tab's). Fields left out keep this tab's value; other fields (importance,
 * attachments…) follow `rest` (default `mine`).
 */
export interface ConflictResolution {
  to?: 'mine' | 'theirs' | 'merge';
  cc?: 'mine' | 'theirs' | 'merge';
  bcc?: 'mine' | 'theirs' | 'merge';
  subject?: 'mine' | 'theirs';
  body?: 'mine' | 'theirs' | 'merge';
  rest?: 'mine' | 'theirs';
}

export type ConflictChoice = 'mine' | 'theirs' | ConflictResolution;

export interface ConflictInfo {
  /** The other tab's journal version. */
  theirVersion: number;
  theirTabId: string;
  /** Their draft, as journaled. */
  theirs: Draft;
  /** Field by field: what differs, for a per-field choice. */
  fields: ConflictFields;
}

/**
 * Edits typed while a send's outcome was unknown, after the server showed the message had gone out without them:
 * kept as a new unsent draft under `clientId` (journaled, listed by `listOpenComposeSessions`); open a compose
 * session with that `clientId` to continue it.
 */
export interface UnsentEdits {
  clientId: string;
  draft: Draft;
}

export interface ComposeSnapshot {
  state: ComposeState;
  draft: Draft;
  /** Id of the draft on the server, once created; follows the id returned by every replace. */
  serverId?: string;
  clientId: string;
  /** Epoch ms of the last successful save. */
  lastSavedAt?: number;
  saveError?: SaveError;
  /** `navigator.onLine` is false. Saves wait for the `online` event. */
  offline: boolean;
  /** The draft came back from the local journal (unsaved edits of an earlier session). */
  recovered: boolean;
  /** Another tab wrote a newer version of this draft; autosave is paused until `resolveConflict`. */
  conflict?: ConflictInfo;
  /** Recipients that are not valid addresses: kept here and in the journal, left out of server saves. */
  invalidRecipients?: Recipient[];
  /** Edits that missed a send whose answer was lost; see `UnsentEdits`. */
  unsentEdits?: UnsentEdits;
  undo?: UndoWindow;
  scheduled?: ScheduledInfo;
  sendError?: SendError;
  /** Pre-send checks of the current draft (errors block sending, warnings need acknowledgement). */
  checks: readonly SendCheck[];
  /** True for a scheduled mail: edit only after `cancelSchedule()`. */
  readOnly: boolean;
  /** Local change counter (journal version). */
  version: number;
  /** Server clock minus local clock, when measured; `large` when over 2 minutes. */
  clockSkew?: { skewMs: number; large: boolean };
  /** Prefill / reopen failed; the compose view still works as a new message. */
  loadError?: string;
  /** The local journal cannot be written (quota, private mode): unsaved text is only in memory until saved. */
  journalError?: string;
}

export type SendOutcome =
  | { ok: true; state: 'undoable' | 'sent' | 'scheduled' }
  | { ok: false; error: SendError; checks: readonly SendCheck[] };

export interface SendOptions {
  /** Send despite warning-level checks (empty subject, forgotten attachment). */
  acknowledgeWarnings?: boolean;
}

export interface ComposeSession {
  subscribe(listener: () => void): () => void;
  /** Immutable; the same object until something changes. */
  getSnapshot(): ComposeSnapshot;
  /** Resolves when the prefill / reopen / journal recovery is done (also when it failed: see `loadError`). */
  readonly ready: Promise<void>;
  /** Merges fields into the draft; a no-op when nothing differs. Throws in read-only or terminal states. */
  update(patch: Partial<Omit<Draft, 'attachments'>>): void;
  setBodyHtml(html: string): void;
  readonly attachments: AttachmentQueue;
  /** Saves now (one request in flight, a follow-up for later changes); resolves when the server has the latest version. */
  save(): Promise<void>;
  send(options?: SendOptions): Promise<SendOutcome>;
  /** Pulls the message back within the undo window and reopens it as a draft. */
  undo(): Promise<SendOutcome | { ok: true; state: 'saved' | 'dirty' }>;
  /** Schedules the draft for `epochSeconds` (unix seconds). */
  schedule(epochSeconds: number, options?: SendOptions): Promise<SendOutcome>;
  /** Moves a scheduled mail back to Drafts and reopens it for editing. */
  cancelSchedule(): Promise<void>;
  /** Gives up the message locally: timers, journal entry and uploaded parts. See README for the server draft. */
  discard(): Promise<void>;
  /** Lifecycle hints from the UI: each saves at once. */
  notify(event: 'blur' | 'hidden' | 'close'): void;
  /** Resolves a two-tab conflict: this tab's draft, the other tab's, or field by field (`ConflictResolution`). */
  resolveConflict(choice: ConflictChoice): void;
  /** Stops timers and listeners; the outbox keeps any undo window running. */
  dispose(): void;
}
