export { DraftStatus, SaveStatus } from './draft-status/DraftStatus';
export type { DraftStatusProps, DraftStatusState } from './draft-status/DraftStatus';
export { useSaveStatus, type SaveStatusResult } from './draft-status/useSaveStatus';
export { saveStatusOf, type SaveStatus as SaveStatusInfo } from './draft-status/saveStatusOf';
export { saveFailureOf, type SaveFailureReason } from './draft-status/saveFailureOf';
export { savedAgo, type SavedAgo } from './draft-status/useSavedAgo';
export { draftStatusMessages } from './draft-status/messages';

// Language and theme, shared by every widget
export * from './i18n';
export * from './theme';

// Send checks dialog
export { SendChecks, SendChecksDialog } from './send-checks/SendChecks';
export type {
  SendChecksDialogProps,
  SendChecksRootProps,
  SendChecksItemProps,
  SendChecksListProps,
} from './send-checks/SendChecks';
export { useSendChecksDialog } from './send-checks/useSendChecksDialog';
export type { SendChecksDialogBehaviour, UseSendChecksDialogOptions } from './send-checks/useSendChecksDialog';
export { sendChecksState, type SendChecksSeverity } from './send-checks/sendChecksState';
export { sendCheckText } from './send-checks/sendCheckText';
export { sendChecksMessages } from './send-checks/messages';

// Schedule picker
export * from './schedule-picker';

// Undo-send toasts
export { UndoToast, type UndoToastRegionRootProps } from './undo-toast/UndoToast';
export { UndoToastRegion, type UndoToastRegionProps } from './undo-toast/UndoToastRegion';
export { useUndoToasts, type UndoToastsBehaviour, type UseUndoToastsOptions } from './undo-toast/useUndoToasts';
export { bindUndoToasts } from './undo-toast/bindUndoToasts';
export type {
  BindUndoToastsOptions,
  SendMutationLike,
  SendMutationSource,
  UndoToastController,
  UndoToastTimeouts,
} from './undo-toast/bindUndoToasts';
export { createToastQueue, type QueuedToast, type ToastQueue } from './undo-toast/createToastQueue';
export { createPausableTimer, type PausableTimer } from './undo-toast/createPausableTimer';
export { isAlertState, type UndoToastContent, type UndoToastState } from './undo-toast/undoToastContent';
export { undoToastMessages } from './undo-toast/messages';

// Recipients (To, Cc, Bcc, Reply-To)
export * from './recipients';

// Attachments (Attach files, drop zone, list, inline-or-attachment)
export * from './attachments';

// Conflict resolver (two tabs edited one draft)
export { Conflict, ConflictResolver } from './conflict/ConflictResolver';
export type { ConflictResolverProps, ConflictRootProps, ConflictFieldProps } from './conflict/ConflictResolver';
export {
  useConflictResolver,
  type ConflictResolverBehaviour,
  type UseConflictResolverOptions,
} from './conflict/useConflictResolver';
export {
  useConflictResolution,
  conflictVersionsOf,
  type ConflictResolutionResult,
} from './conflict/useConflictResolution';
export { conflictFieldsOf, defaultConflictChoice, resolvedFields } from './conflict/conflictChoice';
export type {
  ConflictField,
  ConflictResolutionChoice,
  ConflictSide,
  ConflictVersions,
  RecipientPick,
  TextPick,
} from './conflict/conflictTypes';
export { conflictMessages } from './conflict/messages';
