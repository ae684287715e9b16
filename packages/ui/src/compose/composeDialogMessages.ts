// English defaults of the compose window's dialogs (translations: src/locales/<lang>/compose.ts). Apart from
// composeMessages so that they load with the dialogs' chunks, not with the window.
export const composeDialogMessages = {
  'compose.scheduleTitle': 'Schedule send',
  'compose.closeSchedule': 'Close',
  'compose.clockBehind':
    'This device’s clock is {amount} behind the mail server’s. The suggested times and the checks here use the server’s time.',
  'compose.clockAhead':
    'This device’s clock is {amount} ahead of the mail server’s. The suggested times and the checks here use the server’s time.',
  'compose.discardTitle': 'Discard this draft?',
  'compose.discardMessage': 'The message, its recipients and its attachments will be deleted.',
  'compose.discardConfirm': 'Discard',
  'compose.cancel': 'Cancel',
} as const;

export type ComposeDialogMessageKey = keyof typeof composeDialogMessages;
