// English defaults of the compose window's dialogs (translations: src/locales/<lang>/compose.ts). Apart from
// composeMessages so that they load with the dialogs' chunks, not with the window.
export const composeDialogMessages = {
  'compose.scheduleTitle': 'Schedule send',
  'compose.closeSchedule': 'Close',
  'compose.discardTitle': 'Discard this draft?',
  'compose.discardMessage': 'The message, its recipients and its attachments will be deleted.',
  'compose.discardConfirm': 'Discard',
  'compose.cancel': 'Cancel',
} as const;

export type ComposeDialogMessageKey = keyof typeof composeDialogMessages;
