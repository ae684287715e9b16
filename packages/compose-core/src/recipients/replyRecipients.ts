import type { Mail, Recipient } from '@inkwell/axigen-client';
import { parseAddressList } from '@inkwell/axigen-client/addresses';
import { dedupeRecipients } from './dedupeRecipients';
import { recipientKey } from './recipientKey';

export type ReplyMode = 'reply' | 'replyAll';

/**
 * Who a reply goes to.
 * - Reply: the Reply-To addresses (the Mail's `replyTo` is "Reply-To, else From").
 * - Reply all: those, then the original To; the original Cc stays in Cc. When the mail had a real Reply-To
 *   (it differs from From) the author asked for replies to go there, so From is not added on top.
 * - The user's own addresses and aliases are dropped from reply-all (case-insensitive, IDN-aware).
 * - Replying to one's own sent mail goes to its original To (and Cc for reply-all), not back to oneself.
 */
export function replyRecipients(
  mail: Pick<Mail, 'from' | 'replyTo' | 'to' | 'cc'>,
  mode: ReplyMode,
  ownAddresses: readonly string[],
): { to: Recipient[]; cc: Recipient[] } {
  const own = new Set(ownAddresses.map(recipientKey));
  const from = parseAddressList(mail.from);
  const replyTo = parseAddressList(mail.replyTo);
  const originalTo = parseAddressList(mail.to);
  const originalCc = parseAddressList(mail.cc);
  const sentByMe = from.length > 0 && from.every((r) => own.has(recipientKey(r.address)));

  if (sentByMe) {
    if (mode === 'reply') return { to: dedupeRecipients(originalTo), cc: [] };
    const to = dedupeRecipients(originalTo, own);
    // A note to oneself has only own addresses: keep them rather than leave the reply without a recipient.
    const primary = to.length > 0 ? to : dedupeRecipients(originalTo);
    const cc = dedupeRecipients(originalCc, new Set([...own, ...primary.map((r) => recipientKey(r.address))]));
    return { to: primary, cc };
  }

  const author = replyTo.length > 0 ? replyTo : from;
  if (mode === 'reply') return { to: dedupeRecipients(author), cc: [] };

  const to = dedupeRecipients([...author, ...originalTo], own);
  const cc = dedupeRecipients(originalCc, new Set([...own, ...to.map((r) => recipientKey(r.address))]));
  // Only when everything was ours (a Reply-To pointing at us): keep the author rather than leave To empty.
  return { to: to.length > 0 ? to : dedupeRecipients(author), cc };
}
