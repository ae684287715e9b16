import type { OperationName, TimeoutOptions } from './client-types';

// Outcome classes (docs/decisions): repeating one of these cannot duplicate an effect (reads, a full replace,
// deletes, cancel, session calls), so a 5xx, a timeout or a dropped connection is *retryable*. Everything else
// (send, schedule, createDraft, upload, undo, storeInQueue) may have happened already: the same failures make
// its outcome *unknown*, and it must not be repeated before the caller has looked at the server's state.
const IDEMPOTENT: ReadonlySet<OperationName> = new Set<OperationName>([
  'getVersion',
  'login',
  'logout',
  'replaceDraft',
  'cancelScheduledSend',
  'getTemporaryAttachment',
  'deleteTemporaryAttachment',
  'deleteMail',
  'getMail',
  'getBody',
  'listAttachments',
  'listFolders',
  'listMails',
  'getAccountInfo',
  'listAliases',
  'listSignatures',
  'getSignature',
  'getSettings',
  'autocompleteContacts',
  // Sets absolute flag values: a repeat leaves the same state.
  'updateMail',
  // A repeat only makes another temporary search folder; nothing the user sees changes.
  'searchMails',
]);

export function isIdempotent(operation: OperationName): boolean {
  return IDEMPOTENT.has(operation);
}

/** 408, 429 and 5xx are worth repeating, but only when repeating is safe. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * For a call that is not idempotent, a 5xx says nothing about whether the effect happened: the server (or the
 * upstream behind a gateway) may have done the work and failed while answering. 501 and 505 refuse the request
 * before any work.
 */
export function isOutcomeUnknownStatus(status: number): boolean {
  return status >= 500 && status !== 501 && status !== 505;
}

/** Default time for a JSON call to answer, ms. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Calls that move whole bodies or files (downloads, server-side copies of parts). */
const LONG_CALL_TIMEOUT_MS = 60_000;
const LONG_CALLS: ReadonlySet<OperationName> = new Set<OperationName>([
  'getBody',
  'getTemporaryAttachment',
  'storeInQueue',
]);
/** An upload gets this much time, plus its bytes at the slowest rate still worth waiting for. */
export const DEFAULT_UPLOAD_TIMEOUT_MS = 60_000;
export const DEFAULT_UPLOAD_BYTES_PER_SECOND = 64 * 1024;

/** How long one attempt of `operation` may take, ms; 0 means no timeout. The call's own value wins. */
export function timeoutFor(
  operation: OperationName,
  timeouts: TimeoutOptions | undefined,
  call: { timeoutMs?: number | undefined; uploadBytes?: number | undefined },
): number {
  const own = call.timeoutMs ?? timeouts?.operations?.[operation];
  if (own !== undefined) return own;
  if (operation === 'uploadTemporaryAttachments') {
    const rate = timeouts?.uploadBytesPerSecond ?? DEFAULT_UPLOAD_BYTES_PER_SECOND;
    const base = timeouts?.upload ?? DEFAULT_UPLOAD_TIMEOUT_MS;
    return base + Math.ceil(((call.uploadBytes ?? 0) / rate) * 1000);
  }
  const fallback = LONG_CALLS.has(operation) ? LONG_CALL_TIMEOUT_MS : DEFAULT_TIMEOUT_MS;
  return timeouts?.default ?? fallback;
}
