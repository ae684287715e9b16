// English defaults of the recipients widget; translations live in src/locales/<lang>/recipients.ts.
export const recipientsMessages = {
  'recipients.field.to': 'To',
  'recipients.field.cc': 'Cc',
  'recipients.field.bcc': 'Bcc',
  'recipients.field.replyTo': 'Reply-To',
  'recipients.list': '{field} recipients',
  'recipients.chip.valid': 'Valid address.',
  'recipients.chip.invalid': 'Not a valid address: {reason}',
  'recipients.chip.help': 'Press Delete to remove, Enter to edit, Shift+F10 for more.',
  'recipients.remove': 'Remove {label}',
  'recipients.more': 'More for {label}',
  'recipients.edit': 'Edit',
  'recipients.editInput': 'Edit recipient',
  'recipients.moveTo': 'Move to {field}',
  'recipients.keepAsOne': 'Keep as one recipient',
  'recipients.delete': 'Remove',
  'recipients.suggestions': 'Suggestions for {field}',
  'recipients.suggestion.list': 'Group',
  'recipients.added': '{count, plural, one {Added {label}.} other {Added # recipients.}}',
  'recipients.removed': 'Removed {label}.',
  'recipients.moved': 'Moved {label} to {field}.',
  'recipients.merged': '{label} is already in {field}.',
  'recipients.readFailed':
    'What you typed could not be read yet and stays in the field. Check your connection and press Enter again.',
  'recipients.problem.no-address': 'there is no email address in it',
  'recipients.problem.unclosed': 'a quote or bracket is not closed',
  'recipients.problem.comment-in-address': 'the address contains a comment',
  'recipients.problem.several-addresses': 'it holds more than one address',
  'recipients.problem.text-after-address': 'there is text after the address',
  'recipients.problem.comma-in-name':
    'the comma in the name may separate two people; edit it, or keep it as one recipient',
  'recipients.problem.stray-character': 'it contains a character that cannot be in an address',
  'recipients.problem.ambiguous': 'it can be read in more than one way',
  'recipients.problem.invalid-address': 'the address is not valid',
  'recipients.problem.unsendable': 'it has a character that cannot be sent in a mail header',
} as const;

export type RecipientsMessageKey = keyof typeof recipientsMessages;
