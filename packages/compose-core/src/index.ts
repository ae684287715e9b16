export { emptyDraft } from './draft';
export type { AttachmentUploadState, Draft, DraftAttachment } from './draft';
export type { AddAttachmentOptions, AttachmentQueue } from './attachment-queue-types';
// The sanitizer is `@inkwell/compose-core/sanitize`; its result types stay here for the editor's signatures.
export type { SanitizeMailHtmlOptions, SanitizedMailHtml } from './sanitize/sanitizeMailHtml';
// Compose session (session engineer): state machine, autosave, journal, outbox, attachment queue, prefill.
export { createComposeSession } from './session/createComposeSession';
export { draftClientId } from './session/defaults';
export { isEditable } from './session/isEditable';
export type {
  AttachmentLimits,
  ComposeIdentity,
  ComposeIntent,
  ComposeSession,
  ComposeSessionOptions,
  ComposeSnapshot,
  ComposeState,
  ConflictChoice,
  ConflictFields,
  ConflictInfo,
  ConflictResolution,
  FieldConflict,
  SaveError,
  ScheduledInfo,
  SendError,
  SendErrorCode,
  SendOptions,
  SendOutcome,
  TabChannel,
  UndoWindow,
  UnsentEdits,
} from './session/types';
export { nextStates, canTransition, InvalidTransitionError } from './session/transitions';
export type { PageStorage } from './journal/pageRecords';
export { SaveTimeoutError } from './session/createAutosave';
export { ComposeStateError } from './session/ComposeStateError';
export type { ServerClock } from './session/serverClock';
export { createIndexedDbJournal } from './journal/createIndexedDbJournal';
export type { IndexedDbJournalOptions } from './journal/createIndexedDbJournal';
export type { DraftJournal, JournalEntry } from './journal/types';
export { createSendOutbox, getDefaultOutbox } from './outbox/createSendOutbox';
export { OutboxError } from './outbox/types';
export type {
  OutboxItem,
  OutboxSettledEvent,
  ScheduledSend,
  SendOutbox,
  SendOutboxOptions,
  UndoableSend,
} from './outbox/types';
export { createAttachmentQueue } from './attachments/createAttachmentQueue';
export type { AttachmentQueueOptions, ManagedAttachmentQueue, PartLocks } from './attachments/types';
export { checkAttachmentLimits, DEFAULT_ATTACHMENT_LIMITS } from './attachments/checkAttachmentLimits';
export type { ResolvedAttachmentLimits } from './attachments/checkAttachmentLimits';
export { extractCids } from './cid/extractCids';
export { bodyPartsOf, joinBodyParts } from './quote/bodyParts';
export type { BodyPart } from './quote/bodyParts';
export { generateContentId } from './cid/generateContentId';
export type { ClockSkew } from './clock/serverClockSkew';
export { createLazyModule } from './lazy/createLazyModule';
// The plain-text converter on demand (the session loads it before its first save; `/text` is the converter itself).
export { loadBodyPlainText, bodyPlainTextLoaded, htmlToPlainTextNow } from './text/loadBodyPlainText';
export { textBlocksOf } from './text/textBlocksOf';
export type { LazyModule, LazyModuleLoadError, LazyModuleNames } from './lazy/createLazyModule';
// The pre-send checks themselves are `/checks`: a session loads them with its send code (snapshot.checks).
export type { SendCheck, SendCheckCode } from './checks/checkBeforeSend';
export { isValidEmailAddress } from './checks/isValidEmailAddress';
// Comparing recipients: the session's conflict merge uses them, so they cost the main entry nothing.
export { recipientKey } from './recipients/recipientKey';
export { dedupeRecipients } from './recipients/dedupeRecipients';
// Elsewhere, so that a new-message session does not download them: `@inkwell/compose-core/sanitize` (DOMPurify and our
// rules), `/reply` (prefill, quote, subject prefixes, reply recipients), `/recipients` (typed-input parsing), `/schedule`
// (delivery-time rules), `/open-sessions` (the compose views to bring back after a reload), `/checks` (pre-send checks).
// docs/decisions/0007-entry-split.md says what lives where.
