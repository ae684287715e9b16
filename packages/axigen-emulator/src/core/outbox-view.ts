// The outbox as tests want to read it: parsed headers, bodies and parts, plus the envelope.
import type { DeliveredMessage, OutboxView } from './types';
import { attachmentBytes, formatAddresses, parseRaw, stripAngles } from './parse-mail';
import { parseAddressList } from '../mime/encode-header';

export async function outboxView(msg: DeliveredMessage): Promise<OutboxView> {
  const email = await parseRaw(msg.raw);
  const to = formatAddresses(email.to);
  const cc = formatAddresses(email.cc);
  const visible = new Set(parseAddressList(`${to}, ${cc}`).map((m) => m.address.toLowerCase()));
  return {
    id: msg.id,
    processingId: msg.processingId,
    account: msg.account,
    deliveredAt: msg.deliveredAt,
    envelope: msg.envelope,
    from: formatAddresses(email.from),
    to,
    cc,
    bcc: msg.envelope.to.filter((a) => !visible.has(a.toLowerCase())),
    subject: email.subject ?? '',
    messageId: email.messageId ?? '',
    html: email.html ?? '',
    text: email.text ?? '',
    attachments: email.attachments.map((a) => ({
      filename: a.filename ?? '',
      contentType: a.mimeType,
      contentId: stripAngles(a.contentId),
      disposition: a.disposition ?? '',
      size: attachmentBytes(a.content).byteLength,
    })),
    headers: email.headers.map((h) => ({ name: h.originalKey, value: h.value })),
  };
}
