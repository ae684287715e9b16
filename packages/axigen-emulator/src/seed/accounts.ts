// The demo accounts. Folder ids follow the real server's `container_folder` shape.
import type { AccountRecord, ContactRecord, FolderRecord } from '../core/types';

/** Demo logins for tests and the sample app. */
export const DEMO_ACCOUNTS = [
  { username: 'alice@inkwell.test', password: 'wonderland', fullName: 'Alice Liddell' },
  { username: 'bob@inkwell.test', password: 'builder', fullName: 'Bob Builder' },
] as const;

export const DEMO_DOMAIN = 'inkwell.test';

/** Folder ids end in fixed numbers per role; the Scheduled folder has role '' (reference §4: no such role). */
export function defaultFolders(containerId: number): FolderRecord[] {
  const f = (n: number, name: string, role: FolderRecord['role']): FolderRecord => ({
    id: `${containerId}_${n}`,
    name,
    role,
    uidNext: 1,
  });
  return [
    f(114, 'Inbox', 'inbox'),
    f(115, 'Drafts', 'drafts'),
    f(116, 'Sent', 'sent'),
    f(117, 'Trash', 'trash'),
    f(118, 'Junk', 'junk'),
    f(119, 'Scheduled', ''),
  ];
}

export const SCHEDULED_FOLDER_NAME = 'Scheduled';

export function newAccount(input: {
  name: string;
  domain: string;
  password: string;
  fullName: string;
  containerId: number;
  aliases?: string[];
  addressBook?: ContactRecord[];
}): AccountRecord {
  return {
    name: input.name,
    domain: input.domain,
    password: input.password,
    fullName: input.fullName,
    containerId: input.containerId,
    aliases: input.aliases ?? [],
    saveToSent: true,
    settings: {
      language: 'en',
      timezone: 'Europe/London',
      dateFormat: 'dd/MM/yyyy',
      timeFormat: 'HH:mm',
      autoAddRecipients: true,
      bodyHtmlFilteringLevel: 1,
      receipts: { sendReadReceipts: 'ask', requestReadReceipts: false, requestDeliveryReceipts: false },
    },
    signatures: [],
    folders: defaultFolders(input.containerId),
    addressBook: input.addressBook ?? [],
    recentRecipients: [],
  };
}

function contact(id: string, firstName: string, lastName: string, email: string, nickName = ''): ContactRecord {
  return { id, name: `${firstName} ${lastName}`.trim(), email, firstName, lastName, nickName };
}

export function seedAccounts(): AccountRecord[] {
  const alice = newAccount({
    name: 'alice',
    domain: DEMO_DOMAIN,
    password: 'wonderland',
    fullName: 'Alice Liddell',
    containerId: 80,
    aliases: ['a.liddell@inkwell.test', 'wonderland@inkwell.test'],
    addressBook: [
      contact('c1', 'Bob', 'Builder', 'bob@inkwell.test', 'bob'),
      contact('c2', 'Charles', 'Dodgson', 'charles.dodgson@oxford.example', 'lewis'),
      contact('c3', 'Mad', 'Hatter', 'hatter@teaparty.example'),
      contact('c4', 'March', 'Hare', 'hare@teaparty.example'),
      contact('c5', 'White', 'Rabbit', 'rabbit@wonderland.example'),
      contact('c6', 'Queen', 'of Hearts', 'queen@hearts.example'),
      contact('c7', 'Cheshire', 'Cat', 'cat@cheshire.example'),
      contact('c8', 'Yuki', 'Tanaka', 'yuki.tanaka@example.jp'),
      contact('c9', 'Олег', 'Смирнов', 'oleg@example.ru'),
      contact('c10', 'ليلى', 'حسن', 'layla@example.eg'),
    ],
  });
  alice.signatures = [
    {
      id: 'sig-1',
      name: 'Work',
      type: 'html',
      body: '<p>--<br><strong>Alice Liddell</strong><br>Curious Explorer, Inkwell<br><a href="https://inkwell.test">inkwell.test</a></p>',
    },
    { id: 'sig-2', name: 'Short', type: 'text', body: '-- \nAlice' },
  ];
  const bob = newAccount({
    name: 'bob',
    domain: DEMO_DOMAIN,
    password: 'builder',
    fullName: 'Bob Builder',
    containerId: 81,
    addressBook: [
      contact('c1', 'Alice', 'Liddell', 'alice@inkwell.test', 'alice'),
      contact('c2', 'Wendy', 'Works', 'wendy@builders.example'),
    ],
  });
  bob.signatures = [{ id: 'sig-1', name: 'Bob', type: 'text', body: '-- \nBob Builder\nCan we fix it? Yes we can!' }];
  return [alice, bob];
}
