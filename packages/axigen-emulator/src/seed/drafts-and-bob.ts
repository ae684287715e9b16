// Alice's drafts (one a reply, keeping its refw link in X-headers) and Bob's mailbox.
import type { SeedMail } from './seed-mail';
import { ALICE, BOB, HATTER, minutesAgo } from './clock';
import { LOGO_PNG } from './images';
import { REFW_MAIL_HEADER, REFW_TYPE_HEADER } from '../core/mail-view';

export function aliceDrafts(replyToMailId: string): SeedMail[] {
  return [
    {
      folder: 'drafts',
      id: 'seed-draft-1',
      from: ALICE,
      to: BOB,
      subject: 'Ideas for the garden',
      html: '<p>Bob,</p><p>What about a hedge maze? <strong>Draft</strong> — not finished.</p>',
      date: minutesAgo(60),
    },
    {
      folder: 'drafts',
      id: 'seed-draft-2',
      from: ALICE,
      to: HATTER,
      bcc: 'Dinah <dinah@home.example>',
      subject: 'Re: Tea party on Thursday',
      html: '<p>One more question: what time exactly?</p>',
      date: minutesAgo(40),
      headers: { [REFW_TYPE_HEADER]: 're', [REFW_MAIL_HEADER]: replyToMailId },
    },
    {
      folder: 'drafts',
      id: 'seed-draft-3',
      from: ALICE,
      subject: 'Logo for the flyer',
      html: '<p>Logo: <img src="cid:draft-logo" alt="logo"></p>',
      date: minutesAgo(30),
      attachments: [
        { filename: 'logo.png', contentType: 'image/png', base64: LOGO_PNG, contentId: 'draft-logo', inline: true },
        { filename: 'flyer-notes.txt', contentType: 'text/plain', text: 'Print 50 copies.\n' },
      ],
    },
  ];
}

export function bobMails(): SeedMail[] {
  return [
    {
      folder: 'inbox',
      id: 'seed-bob-1',
      from: ALICE,
      to: BOB,
      subject: 'Garden wall',
      text: 'Can you fix the garden wall this week?',
      date: minutesAgo(100),
      unread: true,
    },
    {
      folder: 'inbox',
      id: 'seed-bob-2',
      from: 'Wendy Works <wendy@builders.example>',
      to: BOB,
      subject: 'Scoop is back',
      text: 'Scoop has been repaired.',
      date: minutesAgo(200),
    },
    {
      folder: 'inbox',
      id: 'seed-bob-3',
      from: 'Wendy Works <wendy@builders.example>',
      to: BOB,
      subject: 'Tools inventory',
      text: 'Inventory attached.',
      date: minutesAgo(260),
      attachments: [{ filename: 'inventory.txt', contentType: 'text/plain', text: 'Hammer: 3\nSpanner: 5\n' }],
    },
    {
      folder: 'inbox',
      id: 'seed-bob-4',
      from: 'Spud <spud@farm.example>',
      to: BOB,
      subject: 'Scarecrow duty',
      text: 'I am on scarecrow duty today.',
      date: minutesAgo(320),
    },
    {
      folder: 'drafts',
      id: 'seed-bob-draft',
      from: BOB,
      to: ALICE,
      subject: 'Re: Garden wall',
      text: 'Yes, Thursday.',
      date: minutesAgo(90),
    },
  ];
}
