import type { Mail } from '../wire';

/** A Mail instance shaped like the reference's sample (§4): base64-looking ids, unix seconds as a string. */
export function sampleMail(overrides: Partial<Mail> = {}): Mail {
  return {
    id: 'ODBfMTE0XzEzNTY=',
    folderId: '80_114',
    size: 2048,
    from: 'Jane Doe <jane@example.com>',
    to: '"Doe, John" <john@example.org>',
    cc: '',
    replyTo: 'Jane Doe <jane@example.com>',
    replyToAll: '"Doe, John" <john@example.org>',
    sender: '',
    messageId: '<abc@example.com>',
    subject: 'Quarterly report',
    snippet: 'Hello John',
    date: '1744407421',
    isUnread: false,
    isFlagged: false,
    isDraft: true,
    isDeleted: false,
    hasAttachments: false,
    isItip: false,
    returnReceipt: false,
    refwFlags: '',
    refwType: '',
    refwMailId: '',
    importance: 'normal',
    originalFolderId: '',
    originalMailId: '',
    attachments: [],
    labelIds: [],
    ...overrides,
  };
}
