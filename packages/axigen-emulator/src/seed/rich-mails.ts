// HTML mails with inline cid: images and mails with several attachments.
import type { SeedMail } from './seed-mail';
import { ALICE, BOB, RABBIT, minutesAgo } from './clock';
import { BANNER_PNG, CHART_PNG, LOGO_PNG, RABBIT_PNG } from './images';

/** A tiny but well-formed PDF. */
const PDF_TEXT = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

export function richMails(): SeedMail[] {
  return [
    {
      folder: 'inbox',
      id: 'seed-welcome',
      from: 'Inkwell Team <team@inkwell.test>',
      to: ALICE,
      subject: 'Welcome to Inkwell',
      html:
        '<html><body><p><img src="cid:logo@inkwell.test" alt="Inkwell logo" width="32" height="32"></p>' +
        '<h1>Welcome, Alice!</h1><p>Your mailbox is ready. Reply to this mail to try the composer: the logo above is an <em>inline</em> image.</p></body></html>',
      text: 'Welcome, Alice!\n\nYour mailbox is ready.',
      date: minutesAgo(20),
      unread: true,
      attachments: [
        {
          filename: 'logo.png',
          contentType: 'image/png',
          base64: LOGO_PNG,
          contentId: 'logo@inkwell.test',
          inline: true,
        },
      ],
    },
    {
      folder: 'inbox',
      id: 'seed-newsletter',
      from: RABBIT,
      to: ALICE,
      subject: 'The Wonderland Times — November',
      html:
        '<html><body><img src="cid:banner-1" alt="Banner"><h2>I\'m late!</h2><p>This month: croquet results.</p>' +
        '<p><img src="cid:rabbit-1" alt="Rabbit"></p><p>Full schedule attached.</p></body></html>',
      date: minutesAgo(95),
      flagged: true,
      attachments: [
        { filename: 'banner.png', contentType: 'image/png', base64: BANNER_PNG, contentId: 'banner-1', inline: true },
        { filename: 'rabbit.png', contentType: 'image/png', base64: RABBIT_PNG, contentId: 'rabbit-1', inline: true },
        { filename: 'schedule.txt', contentType: 'text/plain', text: 'Croquet: Mon 10:00\nTea: Thu 18:00\n' },
      ],
    },
    {
      folder: 'inbox',
      id: 'seed-report',
      from: BOB,
      to: ALICE,
      cc: 'Queen of Hearts <queen@hearts.example>',
      subject: 'Quarterly report and site photos',
      text: 'Hi Alice,\n\nAttached: the report (PDF), my notes and a chart.\n\nBob',
      html: '<p>Hi Alice,</p><p>Attached: the report (PDF), my notes and a chart.</p><p>Bob</p>',
      date: minutesAgo(180),
      unread: true,
      attachments: [
        { filename: 'Q3-report.pdf', contentType: 'application/pdf', text: PDF_TEXT },
        { filename: 'notes.txt', contentType: 'text/plain', text: 'Foundation: done\nWalls: 80%\nRoof: next week\n' },
        { filename: 'chart.png', contentType: 'image/png', base64: CHART_PNG },
        { filename: 'Übersicht März.txt', contentType: 'text/plain', text: 'Ein Dateiname mit Umlauten.\n' },
      ],
    },
    {
      folder: 'inbox',
      id: 'seed-cid-not-inline',
      from: BOB,
      to: ALICE,
      subject: 'Logo as a regular attachment',
      text: 'The logo is attached, not shown inline.',
      date: minutesAgo(240),
      attachments: [{ filename: 'logo.png', contentType: 'image/png', base64: LOGO_PNG, contentId: 'unused-logo' }],
    },
  ];
}
