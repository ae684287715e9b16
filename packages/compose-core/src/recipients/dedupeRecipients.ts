import type { Recipient } from '@inkwell/axigen-client';
import { recipientKey } from './recipientKey';

/**
 * Drops repeated mailboxes (compared by `recipientKey`) and any in `exclude`; keeps the first position, and a
 * display name from a later duplicate when the first had none.
 */
export function dedupeRecipients(
  recipients: readonly Recipient[],
  exclude: ReadonlySet<string> = new Set(),
): Recipient[] {
  const byKey = new Map<string, Recipient>();
  for (const recipient of recipients) {
    const key = recipientKey(recipient.address);
    if (exclude.has(key)) continue;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, recipient);
    else if (!seen.name && recipient.name) byKey.set(key, { ...seen, name: recipient.name });
  }
  return [...byKey.values()];
}
