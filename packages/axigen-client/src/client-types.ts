// The public surface of the client. compose-core, the hooks and the emulator's contract tests code against this.
import type {
  AccountInfo,
  AccountSettings,
  AliasesResponse,
  AttachmentInstance,
  ContactsAutocompleteResponse,
  FoldersResponse,
  Importance,
  Mail,
  MailBodyResponse,
  MailIdResponse,
  MailListResponse,
  SearchCriterion,
  SearchMailsResponse,
  Signature,
  SignaturesResponse,
  TempAttachmentRef,
  TemporaryAttachmentsResponse,
  UndoSendResponse,
  VersionResponse,
} from './wire';
import type { CookieJar } from './cookie-jar';
import type { SessionCoordinator } from './session-coordinator';

/** A mailbox as a structured value; serialized to a header string by the client. */
export interface Recipient {
  /** Display name, any Unicode; quoted as needed. */
  name?: string;
  /** `local@domain`; IDN domains are accepted. */
  address: string;
}

/** The reply/forward link, serialized as `refwType` + `refwMailId` (both or neither). */
export interface RefwLink {
  type: 're' | 'fw';
  mailId: string;
}

/** Compose fields as structured values. */
export interface ComposeInput {
  from?: Recipient;
  to?: Recipient[];
  cc?: Recipient[];
  bcc?: Recipient[];
  replyTo?: Recipient[];
  refw?: RefwLink;
  subject?: string;
  importance?: Importance;
  bodyText?: string;
  bodyHtml?: string;
  temporaryAttachments?: TempAttachmentRef[];
}

export interface CreateDraftInput extends ComposeInput {
  folderId?: string;
  isUnread?: boolean;
  isFlagged?: boolean;
}
export interface ReplaceDraftInput extends ComposeInput {
  isUnread?: boolean;
  isFlagged?: boolean;
}
export interface SendInput extends ComposeInput {
  requestReadReceipt?: boolean;
  requestDeliveryReceipt?: boolean;
}
export interface ScheduleSendInput extends SendInput {
  /** Unix seconds. */
  deliveryTime: number;
}

/**
 * What a send did. X5+ servers answer with a `processingId` (undoable for 10 s);
 * X4 servers answer with an empty body: the mail was sent and cannot be undone.
 */
export type SendResult =
  | { undoable: true; processingId: number; mailId?: string }
  | { undoable: false; mailId?: undefined; processingId?: undefined };

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Milliseconds this call may take before it fails with `kind: 'timeout'` (0: no limit). Default: the client's
   * `timeouts`. Counted per attempt (a repeat after a re-login gets its own).
   */
  timeoutMs?: number;
}

/** How long calls may take, ms; past it a call fails with `kind: 'timeout'`. 0 means no limit. */
export interface TimeoutOptions {
  /** Every call without a value of its own. Default 15 000 (60 000 for getBody, getTemporaryAttachment, storeInQueue). */
  default?: number;
  /** Per operation; wins over `default` and the upload rule. */
  operations?: Partial<Record<OperationName, number>>;
  /** Uploads get this much, default 60 000… */
  upload?: number;
  /** …plus their bytes at this rate, default 65 536 bytes/s (a 10 MB file: 60 s + 160 s). */
  uploadBytesPerSecond?: number;
}

export interface ListMailsOptions extends RequestOptions {
  /** Sort direction by date. @default 'desc' */
  dir?: 'asc' | 'desc';
  /** Offset of the first item. @default 0 */
  start?: number;
  /** Page size. */
  limit?: number;
}

/** The flags `updateMail` sets; at least one. */
export interface UpdateMailInput {
  isUnread?: boolean;
  isFlagged?: boolean;
}

/** What `searchMails` looks for: every criterion must hold (the server's default operator is AND). */
export interface SearchMailsInput {
  folderIds: string[];
  query: SearchCriterion[];
  /** Search the folders' subfolders too. @default false */
  recursive?: boolean;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}
export interface UploadOptions extends RequestOptions {
  onProgress?: (progress: UploadProgress) => void;
}

export interface BodyOptions extends RequestOptions {
  showExternalImages?: boolean;
}
/** A mail body, decoded from the response's base64 `data` (and fetched whole when truncated). */
export interface MailBody extends Omit<MailBodyResponse, 'data'> {
  /** The body as a string. */
  content: string;
}

export type Credentials =
  | { kind: 'cookie'; username: string; password: string; rememberLogin?: boolean }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string };

export interface AxigenClientOptions {
  /** Origin (and optional path prefix) of the Axigen WebMail host; `''` for same-origin. `/api/v1` is appended. */
  baseUrl: string;
  /** Replaces global fetch (tests, proxies). */
  fetch?: typeof fetch;
  /** Replaces the XMLHttpRequest constructor used for uploads with progress; fetch is used when none exists. */
  XMLHttpRequest?: typeof XMLHttpRequest;
  /**
   * Called once when a request answers 401; should log in again (e.g. `client.login(creds)`).
   * The request is then repeated once; a second 401 fails.
   */
  onUnauthorized?: () => Promise<void>;
  /** Timeouts per call; see `TimeoutOptions` for the defaults. */
  timeouts?: TimeoutOptions;
  /**
   * Shares one cookie session between the tabs of an app (`createSessionCoordinator()`): a cookie login first
   * adopts the session another tab uses, logins take turns, and a tab that logs in tells the others. Default: one
   * is made where the runtime has Web Locks and BroadcastChannel (browsers); `false`: none.
   */
  coordinator?: SessionCoordinator | false;
  /**
   * Where cookies are kept when the runtime exposes `Set-Cookie` (Node). Give several clients one jar to act like
   * tabs of one browser. Default: a jar of this client's own.
   */
  cookies?: CookieJar;
}

/**
 * Whether calls can reach the server: `signed-out` (no login yet, or logged out), `signed-in`, `restoring` (a 401
 * is being repaired: another tab's session adopted, or a new login), `expired` (it could not be repaired; the
 * caller should ask the user to sign in again and keep their work).
 */
export type SessionState = 'signed-out' | 'signed-in' | 'restoring' | 'expired';

/** The client's login state and how it recovers from a 401. */
export interface ClientAuth {
  readonly state: SessionState;
  subscribe(listener: (state: SessionState) => void): () => void;
  /** True when a 401 can be repaired by a login: a hook is set (`setRelogin` or `options.onUnauthorized`). */
  readonly canRelogin: boolean;
  /** Sets the hook a 401 calls to log in again, over `options.onUnauthorized`; returns what undoes it. */
  setRelogin(hook: (() => Promise<void>) | undefined): () => void;
  /** Logs in again with the credentials of this client's last successful login (kept in memory only). */
  relogin(opts?: RequestOptions): Promise<void>;
  /**
   * Takes up a cookie session this page had before a reload (its `sessid`, kept by the app for the tab), without a
   * request: the browser still holds the cookie. A session another tab uses for the account wins. The next call
   * answers 401 if it has ended. Header sessions cannot be resumed: that would mean keeping the password.
   */
  resume(session: { username: string; sessid: string }): Promise<void>;
}

export interface AxigenClient {
  // Session
  getVersion(opts?: RequestOptions): Promise<VersionResponse>;
  login(credentials: Credentials, opts?: RequestOptions): Promise<{ sessid: string }>;
  logout(opts?: RequestOptions): Promise<void>;
  readonly sessionId: string | undefined;
  /** Login state (`signed-in`, `expired`…) and re-login on 401. */
  readonly auth: ClientAuth;

  // §3 compose
  createDraft(input: CreateDraftInput, opts?: RequestOptions): Promise<Mail>;
  replaceDraft(mailId: string, input: ReplaceDraftInput, opts?: RequestOptions): Promise<Mail>;
  send(input: SendInput, opts?: RequestOptions): Promise<SendResult>;
  sendDraft(mailId: string, opts?: RequestOptions): Promise<SendResult>;
  undoSend(args: { processingId: number; mailId?: string }, opts?: RequestOptions): Promise<UndoSendResponse>;
  scheduleSend(input: ScheduleSendInput, opts?: RequestOptions): Promise<MailIdResponse>;
  scheduleSendDraft(mailId: string, deliveryTime: number, opts?: RequestOptions): Promise<MailIdResponse>;
  cancelScheduledSend(mailId: string, opts?: RequestOptions): Promise<MailIdResponse>;
  uploadTemporaryAttachments(
    files: readonly (File | Blob)[],
    opts?: UploadOptions,
  ): Promise<TemporaryAttachmentsResponse>;
  getTemporaryAttachment(id: number, opts?: RequestOptions): Promise<Blob>;
  temporaryAttachmentUrl(id: number): string;
  deleteTemporaryAttachment(id: number, opts?: RequestOptions): Promise<void>;
  storeInQueue(mailId: string, opts?: RequestOptions): Promise<{ items: AttachmentInstance[] }>;
  /** `PATCH /api/v1/mails/{mailId}` (Mails page "Update"): sets read/unread and flagged; answers the mail. */
  updateMail(mailId: string, input: UpdateMailInput, opts?: RequestOptions): Promise<Mail>;
  /**
   * `POST /api/v1/mails/search` (Mails Search page): the server makes a temporary search folder; read its pages
   * with `listMails(result.folderId, { start, limit })`. Items there carry `originalMailId`/`originalFolderId`.
   */
  searchMails(input: SearchMailsInput, opts?: RequestOptions): Promise<SearchMailsResponse>;
  /** `DELETE /api/v1/mails/{mailId}` (Mails page): discards a draft; empty answer. */
  deleteMail(mailId: string, opts?: RequestOptions): Promise<void>;

  // §4 reads for reply / forward
  getMail(mailId: string, opts?: RequestOptions): Promise<Mail>;
  getBody(mailId: string, type: 'html' | 'text', opts?: BodyOptions): Promise<MailBody>;
  listAttachments(mailId: string, opts?: RequestOptions): Promise<{ items: AttachmentInstance[] }>;
  attachmentUrl(mailId: string, attachmentId: number, opts?: { download?: boolean }): string;
  listFolders(opts?: RequestOptions): Promise<FoldersResponse>;
  /** One page of a folder, newest first unless `dir: 'asc'` (reference §4). */
  listMails(folderId: string, opts?: ListMailsOptions): Promise<MailListResponse>;

  // §7 account
  getAccountInfo(opts?: RequestOptions): Promise<AccountInfo>;
  listAliases(opts?: RequestOptions): Promise<AliasesResponse>;
  listSignatures(opts?: RequestOptions): Promise<SignaturesResponse>;
  getSignature(id: string, opts?: RequestOptions): Promise<Signature>;
  getSettings(opts?: RequestOptions): Promise<AccountSettings>;
  autocompleteContacts(
    query: string,
    opts?: RequestOptions & { limit?: number },
  ): Promise<ContactsAutocompleteResponse>;
}

/** Names of the operations, as carried by errors. */
export type OperationName = keyof Omit<AxigenClient, 'sessionId' | 'auth' | 'temporaryAttachmentUrl' | 'attachmentUrl'>;
