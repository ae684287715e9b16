// The SMTP envelope of a send, and the checks a send makes that a draft save does not.
import type { AccountRecord } from './types';
import type { Store } from './store';
import type { MessageInput } from './message-input';
import { badRequest } from './errors';
import { parseAddressList } from '../mime/encode-header';

const ADDRESS = /^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+$/;

/** Checks the sender is one of the account's addresses and collects every recipient (Bcc included). */
export function envelopeFor(store: Store, account: AccountRecord, input: MessageInput): { from: string; to: string[] } {
  const from = parseAddressList(input.from)[0]?.address ?? '';
  const own = [store.addressOf(account), ...account.aliases].map((a) => a.toLowerCase());
  if (!own.includes(from.toLowerCase())) {
    throw badRequest('FROM_NOT_ALLOWED', `From must be one of your addresses (${own.join(', ')}), not "${from}"`);
  }
  const seen = new Set<string>();
  const to: string[] = [];
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const m of parseAddressList(input[field])) {
      if (!ADDRESS.test(m.address))
        throw badRequest('INVALID_ADDRESS', `${field}: "${m.address || m.name}" is not an email address`);
      const key = m.address.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        to.push(m.address);
      }
    }
  }
  if (!to.length) throw badRequest('NO_RECIPIENTS', 'Add at least one recipient in to, cc or bcc');
  return { from, to };
}

/** Remembers recipients for autocomplete when the account collects them (settings.autoAddRecipients). */
export function rememberRecipients(account: AccountRecord, input: MessageInput): void {
  if (account.settings.autoAddRecipients === false) return;
  const all = ['to', 'cc', 'bcc'].flatMap((f) => parseAddressList(input[f as 'to']));
  for (const m of all.reverse()) {
    const value = m.name ? `${m.name} <${m.address}>` : m.address;
    account.recentRecipients = [
      value,
      ...account.recentRecipients.filter((r) => !r.toLowerCase().includes(`${m.address.toLowerCase()}`)),
    ].slice(0, 50);
  }
}
