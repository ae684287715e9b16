// Provider and context
export { InkwellProvider, type InkwellProviderProps } from './provider/InkwellProvider';
export type { InkwellContextValue } from './provider/inkwell-context';
export { useInkwellClient } from './provider/useInkwellClient';
export { useSendOutbox } from './provider/useSendOutbox';
export { useServerClock } from './provider/useServerClock';

// Keys and option factories (message lists, search and read state: `@inkwell/react/mailbox`)
export { mailKeys, type BodyType } from './keys/mail-keys';
export { composeMutationKeys } from './keys/compose-mutation-keys';
export { accountQueries } from './queries/account-queries';
export { contactQueries, MAX_AUTOCOMPLETE_LIMIT } from './queries/contact-queries';
export { staleTimes } from './queries/stale-times';
export {
  composeMutations,
  type MailIdVariables,
  type ReplaceDraftVariables,
  type ScheduleSendDraftVariables,
  type TemporaryAttachmentVariables,
  type UndoSendVariables,
  type UploadVariables,
} from './mutations/compose-mutations';
export { draftScope, type ComposeMutationOptions } from './mutations/draft-scope';

// Hooks
export { useCompose, type FocusLeave, type UseComposeOptions, type UseComposeResult } from './hooks/useCompose';
export { useUndoSend, type PendingUndo, type UseUndoSendOptions, type UseUndoSendResult } from './hooks/useUndoSend';
export { useScheduledSend, type UseScheduledSendResult } from './hooks/useScheduledSend';
export { useAttachmentQueue, type UseAttachmentQueueResult } from './hooks/useAttachmentQueue';
export { useDraftStatus, type DraftStatusResult } from './hooks/useDraftStatus';
export { draftStatusOf, type DraftStatusInfo, type DraftStatusState } from './hooks/draft-status-of';
export { useAccountIdentity, type AccountIdentityResult } from './hooks/useAccountIdentity';
export { identityFromAccount } from './hooks/identity-from-account';
export { CLOSE_SAVE_TIMEOUT_MS } from './hooks/close-session';
export { useSessionState } from './hooks/useSessionState';
