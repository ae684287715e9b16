// The public types of the emulator core. Runtimes (Node server, Vite plugin, MSW) build on these.
import type { AccountSettings, Importance, RefwFlags, Signature } from '@inkwell/axigen-client';

/** A file part of an outgoing message. */
export interface OutgoingAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
  /** Content-ID without `<` `>`. */
  contentId?: string;
  /** True: goes into the multipart/related part next to the HTML that refers to it by `cid:`. */
  inline: boolean;
}

/**
 * A message to turn into RFC 5322 text. Address fields are header values (`"Jane <j@x.test>, b@y.test"`).
 * The composer writes a Bcc header only when `bcc` is set: the core leaves it out of delivered messages
 * and keeps it in stored drafts and Sent copies.
 */
export interface OutgoingMessage {
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  subject?: string;
  text?: string;
  html?: string;
  /** With `<` `>`. */
  messageId: string;
  date: Date;
  /** With `<` `>`. */
  inReplyTo?: string;
  /** Space-separated message ids, each with `<` `>`. */
  references?: string;
  /** Further headers, written as given (ASCII values): importance, receipts, X-Inkwell-*. */
  headers: Record<string, string>;
  attachments: OutgoingAttachment[];
}

/** Turns a message into RFC 5322 text (CRLF line ends). Runtime-provided: nodemailer in Node, a pure one in browsers. */
export type MimeComposer = (msg: OutgoingMessage) => Promise<string>;

/** A message that left the emulator (kept in the outbox, handed to `onDelivered`). */
export interface DeliveredMessage {
  /** Outbox id. */
  id: string;
  processingId: number;
  /** The sending account, `user@domain`. */
  account: string;
  /** SMTP envelope: Bcc recipients are in `to`, never in the headers. */
  envelope: { from: string; to: string[] };
  /** The delivered RFC 5322 message. */
  raw: string;
  /** Emulator clock, ms. */
  deliveredAt: number;
  /** The sender asked for a delivery status notification (SMTP DSN NOTIFY=SUCCESS). */
  requestDeliveryReceipt: boolean;
}

export interface EmulatorLimits {
  /** Total bytes of files in one temporary-attachment upload. Default 25 MB. */
  maxUploadBytes?: number;
  /** Bytes of any request body. Default 30 MB. */
  maxBodyBytes?: number;
  /** Parts in one mail (temporaryAttachments entries). Default 100. */
  maxAttachmentsPerMail?: number;
}

export interface EmulatorOptions {
  /** Default 'X5'. X4: Send and Send Draft answer 200 with an empty body and cannot be undone. */
  serverVersion?: 'X5' | 'X4';
  /** Default true: load the demo seed (`DEMO_ACCOUNTS` and their mails). */
  seed?: boolean;
  /** Real time source in ms (default `Date.now`). The emulator clock is `now() + offset`. */
  now?: () => number;
  /** Builds every stored and delivered message. */
  composeMime: MimeComposer;
  limits?: EmulatorLimits;
  /** Idle session lifetime on the emulator clock. Default 30 min. */
  sessionTtlMs?: number;
  /** Called once per delivered message (runtimes relay it over SMTP). Errors are swallowed: delivery already happened. */
  onDelivered?: (msg: DeliveredMessage) => void | Promise<void>;
  /** Waits for injected latency. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Random source in [0,1) for fault `ratio`. Default Math.random. */
  random?: () => number;
}

/** A fault rule (`POST /__emulator/faults`). Applies to `/api/…` requests only. */
export interface FaultRule {
  /** HTTP method; any when absent. */
  method?: string;
  /** A path prefix (`/api/v1/mails`) or a glob where `*` matches anything (`/api/v1/mails/send*`). */
  path: string;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** The JSON body of that answer; default `{code:'INJECTED_FAULT', message}`. */
  body?: unknown;
  /** Wait this long first (through `sleep`). */
  latencyMs?: number;
  /** Answer `Response.error()`: a dropped connection. */
  drop?: boolean;
  /** Never answer: hold the request until the client gives up (or `releaseHung()`), then drop it. */
  hang?: boolean;
  /**
   * `'before'` (default): the fault replaces the request, which is never handled. `'after'`: the request is
   * handled (its change is made) and then its answer is lost: replaced by `status`, dropped, or never sent. This
   * is the lost answer a client must reconcile before repeating a non-idempotent call.
   */
  phase?: 'before' | 'after';
  /** Apply this many times, then remove the rule. */
  times?: number;
  /** Apply with this probability (0..1). */
  ratio?: number;
}
export interface Fault extends FaultRule {
  id: number;
}

/** A mail as stored: the raw RFC 5322 text plus IMAP-ish flags. */
export interface MailRecord {
  account: string;
  folderId: string;
  uid: number;
  raw: string;
  /** Internal date, unix seconds. */
  date: number;
  isUnread: boolean;
  isFlagged: boolean;
  refwFlags: RefwFlags;
}

export interface FolderRecord {
  id: string;
  name: string;
  role: '' | 'inbox' | 'drafts' | 'sent' | 'trash' | 'junk';
  uidNext: number;
}

export interface ContactRecord {
  id: string;
  name: string;
  email: string;
  firstName: string;
  lastName: string;
  nickName: string;
}

export interface AccountRecord {
  /** Local part, e.g. `alice`. */
  name: string;
  domain: string;
  password: string;
  fullName: string;
  /** Numeric prefix of this account's folder ids (`80` in `80_114`). */
  containerId: number;
  /** Extra addresses the account receives on (accountAlias). */
  aliases: string[];
  /** Emulator-side: keep a copy of sent mail in Sent. */
  saveToSent: boolean;
  settings: AccountSettings;
  signatures: Signature[];
  folders: FolderRecord[];
  addressBook: ContactRecord[];
  /** Most recent first, header-value form. */
  recentRecipients: string[];
}

export interface TempAttachmentRecord {
  id: number;
  account: string;
  name: string;
  contentType: string;
  size: number;
  /** Base64 of the bytes (keeps the state JSON-serializable). */
  data: string;
}

export interface MailKey {
  folderId: string;
  uid: number;
}

/** A message in the processing (delivery) queue. */
export interface QueueEntry {
  processingId: number;
  account: string;
  /** Emulator clock, ms. */
  queuedAt: number;
  /** Deliver on the first tick at or after this time (emulator clock, ms). */
  dueAt: number;
  /** The message as composed at send time, Bcc header and X-Inkwell headers included. */
  raw: string;
  envelope: { from: string; to: string[] };
  requestDeliveryReceipt: boolean;
  /** The Sent copy saved at send time. */
  sentCopy?: MailKey;
  /** The mail in Scheduled, for scheduled sends. */
  scheduled?: MailKey;
  /** The mail replied to / forwarded. */
  refw?: { type: 're' | 'fw'; source: MailKey };
}

export type OutboxRecord = DeliveredMessage;

export interface SessionRecord {
  sessid: string;
  account: string;
  mode: 'header' | 'cookie';
  /** Header mode: the Authorization header used at login. */
  authorization?: string;
  /** Cookie mode: the cookie value. */
  cookie?: string;
  /** Emulator clock, ms. */
  lastSeen: number;
}

/** The full, JSON-serializable state (`snapshot()` / `restore()`). */
export interface EmulatorState {
  version: 1;
  clockOffsetMs: number;
  serial: number;
  nextProcessingId: number;
  nextTempAttachmentId: number;
  nextOutboxId: number;
  nextFaultId: number;
  accounts: AccountRecord[];
  mails: MailRecord[];
  tempAttachments: TempAttachmentRecord[];
  queue: QueueEntry[];
  outbox: OutboxRecord[];
  sessions: SessionRecord[];
  faults: Fault[];
}

/** A parsed outbox entry (`GET /__emulator/outbox`). */
export interface OutboxView {
  id: string;
  processingId: number;
  account: string;
  deliveredAt: number;
  envelope: { from: string; to: string[] };
  from: string;
  to: string;
  cc: string;
  /** Envelope recipients that are in neither To nor Cc. */
  bcc: string[];
  subject: string;
  messageId: string;
  html: string;
  text: string;
  attachments: { filename: string; contentType: string; contentId: string; disposition: string; size: number }[];
  headers: { name: string; value: string }[];
}

/** Custom data for `POST /__emulator/seed`. */
export interface SeedInput {
  accounts?: {
    name: string;
    domain?: string;
    password: string;
    fullName?: string;
    aliases?: string[];
  }[];
  mails?: {
    /** `user@domain` or the local part of a seeded account. */
    account: string;
    /** Folder role (`inbox`, `drafts`, `sent`, `trash`), `scheduled`, or a folder id. Default inbox. */
    folder?: string;
    /** Either a raw RFC 5322 message… */
    raw?: string;
    /** …or fields to compose one from. */
    from?: string;
    to?: string;
    cc?: string;
    subject?: string;
    text?: string;
    html?: string;
    /** Unix seconds; default: the emulator clock. */
    date?: number;
    isUnread?: boolean;
    isFlagged?: boolean;
  }[];
}

/** Programmatic twins of the `/__emulator/` routes. */
export interface EmulatorControls {
  /** Delivered messages, parsed (`GET /__emulator/outbox`). */
  outbox(): Promise<OutboxView[]>;
  /** Delivered messages as stored: raw RFC 5322 text and envelope (`GET /__emulator/outbox/{id}/raw`). */
  rawOutbox(): DeliveredMessage[];
  /** `DELETE /__emulator/outbox`. */
  clearOutbox(): void;
  /** Back to the initial seed: mails, sessions, queue, outbox, faults and clock (`POST /__emulator/reset`). */
  reset(): void;
  /** Adds accounts and mails (`POST /__emulator/seed`). */
  seed(input: SeedInput): Promise<{ accounts: string[]; mailIds: string[] }>;
  /** The emulator clock (`GET /__emulator/clock`). */
  clock(): { now: number; offsetMs: number };
  /** Moves the clock forward and delivers what became due (`POST /__emulator/clock {advanceMs}`). */
  advanceClock(ms: number): Promise<{ now: number }>;
  /** Sets the clock (epoch ms) and delivers what became due (`POST /__emulator/clock {set}`). */
  setClock(epochMs: number): Promise<{ now: number }>;
  /** Adds a fault rule (`POST /__emulator/faults`). */
  addFault(rule: FaultRule): Fault;
  /** Active fault rules (`GET /__emulator/faults`). */
  faults(): Fault[];
  /** `DELETE /__emulator/faults`. */
  clearFaults(): void;
  /** Drops every request a `hang` fault is holding; returns how many (`DELETE /__emulator/faults` does it too). */
  releaseHung(): number;
  /** Emulator-side account settings (`POST /__emulator/accounts/{user}/settings`); `user` as at login. */
  setAccountSettings(user: string, settings: { saveToSent?: boolean }): void;
}

/** The emulator: one web-standard handler plus controls. */
export interface Emulator {
  /** Handles `/api/…` and `/__emulator/…`. A dropped connection (fault) is `Response.error()`. */
  handle(request: Request): Promise<Response>;
  /** Delivers whatever is due on the emulator clock. Runtimes call it on a timer. */
  tick(): Promise<void>;
  /** JSON-serializable full state. */
  snapshot(): EmulatorState;
  /** Replaces the state (e.g. from `--data`). */
  restore(state: EmulatorState): void;
  /** Called after every state change; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  controls: EmulatorControls;
}

export type { Importance };
