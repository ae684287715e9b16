// English defaults of the send checks dialog (translations: src/locales/<lang>/sendChecks.ts).
export const sendChecksMessages = {
  'sendChecks.titleBlocked': 'This message can’t be sent yet',
  'sendChecks.titleWarning': 'Send this message anyway?',
  'sendChecks.introBlocked':
    '{count, plural, one {Fix this problem, then send again.} other {Fix these # problems, then send again.}}',
  'sendChecks.introWarning':
    '{count, plural, one {Please check this before sending.} other {Please check these # things before sending.}}',
  'sendChecks.noRecipients': 'Add at least one recipient in To, Cc or Bcc.',
  'sendChecks.invalidAddress': '“{address}” in {field} is not a valid email address.',
  'sendChecks.emptySubject': 'The subject is empty.',
  'sendChecks.missingAttachment': 'The message mentions an attachment, but nothing is attached.',
  'sendChecks.uploadsPending':
    '{count, plural, one {An attachment is still uploading.} other {# attachments are still uploading.}}',
  'sendChecks.uploadFailed': '“{name}” could not be uploaded. Retry or remove it.',
  'sendChecks.uploadFailedUnnamed': 'An attachment could not be uploaded. Retry or remove it.',
  'sendChecks.field':
    '{field, select, to {To} cc {Cc} bcc {Bcc} replyTo {Reply-To} subject {Subject} body {Message body} attachments {Attachments} other {the message}}',
  'sendChecks.severity': '{severity, select, error {Must fix} other {Check}}',
  'sendChecks.sendAnyway': 'Send anyway',
  'sendChecks.goBack': 'Go back',
} as const;

export type SendChecksMessageKey = keyof typeof sendChecksMessages;
