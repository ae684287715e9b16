// English defaults of the undo-send toasts (translations: src/locales/<lang>/undoToast.ts).
export const undoToastMessages = {
  'undoToast.region': 'Notifications',
  'undoToast.sending': 'Sending…',
  'undoToast.sent': 'Message sent',
  'undoToast.undoing': 'Undoing…',
  'undoToast.reopened': 'Sending cancelled. The draft is open again.',
  'undoToast.reopenedDrafts': 'Sending cancelled. The message is back in Drafts.',
  'undoToast.windowOver': 'Message sent. It can no longer be undone.',
  'undoToast.tooLate': 'Too late to undo: the message has been sent.',
  'undoToast.tooLateOffline': 'You are offline: the undo could not reach the server, and the message has been sent.',
  'undoToast.unknownUndo': 'The server did not answer the undo. It may have been sent: check Sent.',
  'undoToast.unknownSend': 'The server did not answer. It may have been sent: check Sent before sending again.',
  'undoToast.notSent': 'Message not sent. It is still in the editor.',
  'undoToast.scheduled': 'Message scheduled',
  'undoToast.scheduledFor': 'Scheduled for {when}',
  'undoToast.cancelSchedule': 'Cancel sending',
  'undoToast.cancelFailed': 'Sending could not be cancelled. The message is still scheduled.',
  'undoToast.about': '{recipients, select, none {“{subject}”} other {“{subject}” to {recipients}}}',
  'undoToast.noSubject': '(no subject)',
  'undoToast.countdown': '{seconds, plural, one {# s left to undo} other {# s left to undo}}',
  'undoToast.announceUndoable':
    '{seconds, plural, one {Message sent. You can undo it for # second.} other {Message sent. You can undo it for # seconds.}}',
  'undoToast.pausedHint': 'This notice stays while you are here, but the server will not wait: undo ends on time.',
  'undoToast.undo': 'Undo',
  'undoToast.shortcutHint': 'Alt+Z',
  'undoToast.dismiss': 'Dismiss',
} as const;

export type UndoToastMessageKey = keyof typeof undoToastMessages;
