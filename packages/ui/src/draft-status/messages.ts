// English defaults of the save status (translations: src/locales/<lang>/draftStatus.ts).
export const draftStatusMessages = {
  'draftStatus.saving': 'Saving…',
  'draftStatus.savedJustNow': 'Saved just now',
  'draftStatus.savedAgo': 'Saved {ago}',
  'draftStatus.saved': 'Saved',
  'draftStatus.failed': 'Not saved: {reason}.',
  'draftStatus.reason':
    '{reason, select, network {the server could not be reached} timeout {the server did not answer in time} server {the server had a problem} busy {the server is busy} too-large {the draft is too large for the server} invalid {an address or field needs checking} refused {the server refused it} other {something went wrong}}',
  'draftStatus.retrying': 'Trying again by itself; your text is kept on this device.',
  'draftStatus.kept': 'Your text is kept on this device.',
  'draftStatus.offline': 'Offline: your changes are kept on this device',
  'draftStatus.expired': 'Signed out: sign in again to save. Nothing you typed is lost.',
  'draftStatus.retryingNotKept':
    'Trying again by itself. This device cannot keep your text: leave this tab open until it is saved.',
  'draftStatus.notKept': 'This device cannot keep your text either: copy it before you close this tab.',
  'draftStatus.offlineNotKept':
    'Offline, and this device cannot keep your changes: leave this tab open until you are back online',
  'draftStatus.expiredNotKept':
    'Signed out: sign in again to save. This device cannot keep your text: leave this tab open until then.',
  'draftStatus.conflict': 'This draft was changed in another tab. Choose what to keep.',
  'draftStatus.retry': 'Retry',
  'draftStatus.trying': 'Trying…',
  'draftStatus.signIn': 'Sign in again',
  'draftStatus.resolve': 'Compare versions',
} as const;

export type DraftStatusMessageKey = keyof typeof draftStatusMessages;
