// English defaults of the attachments widget's root (button, drop zone, announcements, refusals); the list's are in
// listMessages.ts, loaded with the list. Translations live in src/locales/<lang>/attachments.ts.
export const attachmentsRootMessages = {
  'attachments.attach': 'Attach files',
  'attachments.dropHere': 'Drop files to attach',
  'attachments.dropRejected': 'These files cannot be attached',
  'attachments.reason.size': 'It is {size}; each file can be at most {limit}.',
  'attachments.reason.count': 'A message can have at most {limit, plural, one {# attachment} other {# attachments}}.',
  'attachments.reason.total': 'All attachments together can be at most {limit}.',
  'attachments.reason.type': 'Files of this type cannot be attached.',
  'attachments.reason.empty': 'The file is empty.',
  'attachments.added': '{count, plural, one {Attached {name}.} other {Attached # files.}}',
  'attachments.rejected': '{count, plural, one {{name} was not attached.} other {# files were not attached.}}',
  'attachments.removed': 'Removed {name}.',
  'attachments.loadFailed': 'The list of attachments could not be loaded. Check your connection and try again.',
  'attachments.loadRetry': 'Try again',
} as const;
