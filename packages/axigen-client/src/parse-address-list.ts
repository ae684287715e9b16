import type { Recipient } from './client-types';
import { readAddressList } from './read-address-list';

/**
 * A header value (`to`, `cc`, `replyTo`… of a Mail) → recipients, read by `readAddressList`. Groups are
 * flattened, encoded words decoded, quoted local parts keep their quotes. Entries that are not exactly one mailbox
 * (no address, two addresses, a comment inside the address…) are left out; `Doe, John <j@x>` keeps `Doe, John`.
 */
export function parseAddressList(header: string): Recipient[] {
  if (typeof header !== 'string' || header.trim() === '') return [];
  return readAddressList(header).flatMap((entry) => {
    if (entry.address === '' || (entry.problem !== undefined && entry.problem !== 'comma-in-name')) return [];
    return [entry.name === '' ? { address: entry.address } : { name: entry.name, address: entry.address }];
  });
}
