import type { OperationName } from './client-types';

// Repeating one of these cannot duplicate an effect (reads, a full replace, deletes, cancel, session calls).
// Everything else (send, schedule, createDraft, upload, undo, storeInQueue) may have happened already when
// the connection dropped: its outcome is unknown and it must not be retried blindly.
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
]);

export function isIdempotent(operation: OperationName): boolean {
  return IDEMPOTENT.has(operation);
}

/** 408, 429 and 5xx are worth repeating, but only when repeating is safe. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Gateway errors: the upstream may have finished the request before the proxy gave up. */
export function isOutcomeUnknownStatus(status: number): boolean {
  return status === 502 || status === 504;
}
