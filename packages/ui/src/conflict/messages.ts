// English defaults of the conflict resolver (translations: src/locales/<lang>/conflict.ts).
export const conflictMessages = {
  'conflict.title': 'This draft was changed in another tab',
  'conflict.description': 'Choose what to keep for each part that differs. Nothing is saved until you apply.',
  'conflict.field': '{field, select, to {To} cc {Cc} bcc {Bcc} subject {Subject} other {Message body}}',
  'conflict.mine': 'This tab',
  'conflict.theirs': 'Other tab',
  'conflict.keepMine': 'Keep this tab’s version',
  'conflict.keepTheirs': 'Use the other tab’s version',
  'conflict.merge': 'Keep everyone from both',
  'conflict.empty': '(empty)',
  'conflict.more': '{count, plural, one {… and # more character} other {… and # more characters}}',
  'conflict.apply': 'Apply',
  'conflict.cancel': 'Decide later',
} as const;

export type ConflictMessageKey = keyof typeof conflictMessages;
