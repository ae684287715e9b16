// Wire shapes of the Axigen Mailbox API, exactly as ../shared/docs/axigen-api.md (§3, §4, §7) documents them, and
// Update / Search / the folder counters as docs/decisions/0008 records them from the vendor pages.
// Nothing here is invented: a field that is not in the reference does not belong in this file.

export type Importance = 'normal' | 'low' | 'high';
export type RefwType = 're' | 'fw';

/** An entry of `temporaryAttachments` in a compose payload (§3). */
export interface TempAttachmentRef {
  id: number;
  contentId?: string;
  isInline?: boolean;
}

/** Common compose fields (§3). Address fields are header-value strings. */
export interface ComposePayload {
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  refwType?: RefwType;
  refwMailId?: string;
  subject?: string;
  importance?: Importance;
  bodyText?: string;
  bodyHtml?: string;
  temporaryAttachments?: TempAttachmentRef[];
}

/** `POST /api/v1/mails` */
export interface CreateMailBody extends ComposePayload {
  folderId?: string;
  isUnread?: boolean;
  isFlagged?: boolean;
}

/** `PUT /api/v1/drafts/{mailId}` */
export interface ReplaceDraftBody extends ComposePayload {
  isUnread?: boolean;
  isFlagged?: boolean;
}

/** `POST /api/v1/mails/send` */
export interface SendBody extends ComposePayload {
  requestReadReceipt?: boolean;
  requestDeliveryReceipt?: boolean;
}

/** `POST /api/v1/mails/send/schedule` */
export interface ScheduleSendBody extends SendBody {
  /** Unix time in seconds, at most one year ahead. */
  deliveryTime: number;
}

/** Send / Send Draft response from X5 (10.5) on; X4 answers with an empty body. */
export interface SendResponse {
  mailId?: string;
  processingId: number;
}

/** `POST /api/v1/mails/send/undo` */
export interface UndoSendBody {
  processingId: number;
  mailId?: string;
}
export interface UndoSendResponse {
  mailId?: string;
}

/** Schedule, schedule draft, cancel schedule. */
export interface MailIdResponse {
  mailId: string;
}

/** An item of the `POST /api/v1/temporaryAttachments` response. */
export interface TemporaryAttachment {
  id: number;
  name: string;
  contentType: string;
  size: number;
}
export interface TemporaryAttachmentsResponse {
  items: TemporaryAttachment[];
}

/** Attachment instance (§4). */
export interface AttachmentInstance {
  id: number;
  mailId: string;
  name: string;
  contentId: string;
  contentType: string;
  size: number;
  isInline: boolean;
}

export type RefwFlags = '' | 're' | 'fw' | 'refw';

/** Mail instance (§4). Empty fields are `''`, not null. */
export interface Mail {
  id: string;
  folderId: string;
  size: number;
  from: string;
  to: string;
  cc: string;
  bcc?: string;
  replyTo: string;
  replyToAll: string;
  sender: string;
  messageId: string;
  subject: string;
  snippet: string;
  /** Internal server date (unix seconds, as a string on real servers), not the Date header. */
  date: string;
  isUnread: boolean;
  isFlagged: boolean;
  isDraft: boolean;
  isDeleted: boolean;
  hasAttachments: boolean;
  isItip: boolean;
  returnReceipt: boolean;
  refwFlags: RefwFlags;
  refwType: '' | RefwType;
  refwMailId: string;
  importance: Importance;
  originalFolderId: string;
  originalMailId: string;
  attachments: AttachmentInstance[];
  labelIds: string[];
  bimiLocation?: string;
}

/** `GET /api/v1/mails?folderId=&sort=&dir=&start=&limit=` (§4): one page of a folder. */
export interface MailListResponse {
  syncToken: string;
  totalItems: number;
  sortInfo: { sort: string; dir: 'asc' | 'desc' };
  items: Mail[];
}

/** `PATCH /api/v1/mails/{mailId}` ([DOC-MAILS] "Update"): either flag, or both; the answer is the Mail instance. */
export interface UpdateMailBody {
  isUnread?: boolean;
  isFlagged?: boolean;
}

/**
 * One criterion of a search `query` ([DOC-SEARCH]): `field` is `from`, `to`, `cc`, `bcc`, `subject`, `body`,
 * `anyfield`, `before`, `after`, `hasatt`, `unread`, `smaller`, `larger`, `flag`, `importance` or `label`; `value`
 * is unused by `hasatt` and `unread`, bytes for `smaller`/`larger`, `dd-mm-yyyy` for `before`/`after`. The page's
 * format line types `negate` as Boolean while its examples send `"yes"`/`"no"`.
 */
export interface SearchCriterion {
  field: string;
  value?: string | number;
  negate?: boolean | 'yes' | 'no';
}

/** `POST /api/v1/mails/search` ([DOC-SEARCH]). */
export interface SearchMailsBody {
  folderIds: string[];
  query: SearchCriterion[];
  /** Search the folders' subfolders too. Default false. */
  recursive?: boolean;
}
/** A temporary search folder: list its mails with `GET /api/v1/mails?folderId=` (items carry `originalMailId`). */
export interface SearchMailsResponse {
  folderId: string;
  totalItems: number;
}

// `DELETE /api/v1/mails/{mailId}` ([DOC-MAILS] "Delete"): no body, and the response is empty. No shape to declare.

/** `GET /api/v1/mails/{id}/body` */
export interface MailBodyResponse {
  id: string;
  contentType: string;
  estimatedSize: number;
  hasExternalImages: boolean;
  isTruncated: boolean;
  /** Base64 of the UTF-8 body. */
  data: string;
}

export type FolderRole = '' | 'inbox' | 'drafts' | 'sent' | 'trash' | 'junk' | 'archive' | 'filtered';
/** Folder instance; only the fields a compose UI reads are typed strictly. */
export interface Folder {
  id: string;
  name: string;
  role: FolderRole;
  parentId?: string;
  /** Items in the folder ([DOC-SCH] Folder instance). */
  totalItems?: number;
  /** Unread items in the folder ([DOC-SCH] Folder instance). */
  unreadItems?: number;
  [field: string]: unknown;
}
export interface FoldersResponse {
  syncToken: string;
  items: Folder[];
}

/** `GET /api/` */
export interface VersionResponse {
  apiVersion: string;
  serverVersion: string;
}

/** `POST /api/v1/login` and `/login/cookie` */
export interface LoginResponse {
  sessid: string;
}
export interface CookieLoginBody {
  username: string;
  password: string;
  captchaText?: string;
  captchaId?: string;
  rememberLogin?: boolean;
}

/** `GET /api/v1/account/info` (fields a compose UI uses; the server sends more). */
export interface AccountInfo {
  accountName: string;
  domainName: string;
  fullName: string;
  folderContainerId?: string;
  totalQuota?: number;
  usedQuota?: number;
  remainingQuota?: number;
  [field: string]: unknown;
}

export type AliasType = 'mainAddress' | 'accountAlias' | 'domainAlias' | 'accountAndDomainAlias';
export interface Alias {
  emailAddress: string;
  type: AliasType;
}
export interface AliasesResponse {
  items: Alias[];
}

export interface SignatureSummary {
  id: string;
  name: string;
  type: 'html' | 'text';
}
export interface Signature extends SignatureSummary {
  body: string;
}
export interface SignaturesResponse {
  items: SignatureSummary[];
}

/** `GET /api/v1/account/settings` (compose-relevant part). */
export interface AccountSettings {
  timezone?: string;
  language?: string;
  autoAddRecipients?: boolean;
  receipts?: {
    sendReadReceipts?: 'ask' | 'always' | 'never';
    requestReadReceipts?: boolean;
    requestDeliveryReceipts?: boolean;
  };
  [field: string]: unknown;
}

export interface ContactSuggestion {
  id: string;
  folderId: string;
  isDistributionList: boolean;
  name: string;
  email: string;
  firstName: string;
  lastName: string;
  nickName: string;
  reversedName: string;
}
export interface ContactsAutocompleteResponse {
  totalItems: number;
  items: ContactSuggestion[];
}
