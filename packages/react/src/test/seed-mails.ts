import type { Emulator } from '@inkwell/axigen-emulator/node';

/** A hand-written message with one PDF attachment, so the attachments read has something to list. */
const RAW_WITH_ATTACHMENT = [
  'From: Bob Builder <bob@inkwell.test>',
  'To: Alice Liddell <alice@inkwell.test>',
  'Subject: Plans for the shed',
  'Date: Fri, 20 Nov 2026 10:00:00 +0000',
  'Message-ID: <plans@inkwell.test>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>The plans are attached.</p>',
  '--b1',
  'Content-Type: application/pdf; name="plans.pdf"',
  'Content-Disposition: attachment; filename="plans.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQKJcOkw7zDtsOfCg==',
  '--b1--',
  '',
].join('\r\n');

/** Seeds Alice's inbox with a plain HTML mail and one with an attachment; returns their ids. */
export async function seedInbox(emulator: Emulator): Promise<{ teaParty: string; plans: string }> {
  const { mailIds } = await emulator.controls.seed({
    mails: [
      {
        account: 'alice',
        folder: 'inbox',
        from: 'Mad Hatter <hatter@teaparty.example>',
        to: 'Alice Liddell <alice@inkwell.test>',
        subject: 'Tea at six',
        html: '<p>Why is a raven like a writing-desk?</p>',
      },
      { account: 'alice', folder: 'inbox', raw: RAW_WITH_ATTACHMENT },
    ],
  });
  const [teaParty, plans] = mailIds;
  if (teaParty === undefined || plans === undefined) throw new Error('seedInbox: the emulator returned no ids');
  return { teaParty, plans };
}
