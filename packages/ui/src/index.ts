export { DraftStatus } from './draft-status/DraftStatus';
export type { DraftStatusProps, DraftStatusState } from './draft-status/DraftStatus';

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

// Recipients (To, Cc, Bcc, Reply-To)
export * from './recipients';
