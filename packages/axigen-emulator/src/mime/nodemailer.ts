// The Node composer: nodemailer's MailComposer. Imported only through src/node-mime.ts so browser
// bundles never pull nodemailer in.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MimeComposer } from '../core/types';

export const composeWithNodemailer: MimeComposer = async (msg) => {
  const composer = new MailComposer({
    from: msg.from || undefined,
    to: msg.to || undefined,
    cc: msg.cc || undefined,
    bcc: msg.bcc || undefined,
    replyTo: msg.replyTo || undefined,
    subject: msg.subject ?? '',
    text: msg.text,
    html: msg.html,
    messageId: msg.messageId,
    date: msg.date,
    inReplyTo: msg.inReplyTo,
    references: msg.references,
    headers: msg.headers,
    attachments: msg.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.content),
      cid: a.inline ? a.contentId : undefined,
      // A regular attachment may still carry a Content-ID (reference §4); keep it as a header.
      headers: !a.inline && a.contentId ? { 'Content-ID': `<${a.contentId}>` } : undefined,
      contentDisposition: a.inline && a.contentId ? 'inline' : 'attachment',
    })),
  });
  const node = composer.compile();
  // Stored drafts and Sent copies keep Bcc; the core leaves `bcc` unset for delivered messages.
  node.keepBcc = Boolean(msg.bcc);
  const raw = await node.build();
  return raw.toString('utf8').replace(/\r?\n/g, '\r\n');
};
