import { addressParser } from 'postal-mime';
import type { Recipient } from './client-types';

/**
 * A header value (`to`, `cc`, `replyTo`… of a Mail) → recipients. Groups are flattened; encoded words are decoded;
 * entries without an address (a bare `Jane`, `undisclosed-recipients:;`) are dropped.
 */
export function parseAddressList(header: string): Recipient[] {
  if (typeof header !== 'string' || header.trim() === '') return [];
  return addressParser(header, { flatten: true }).flatMap((entry) => {
    const address = entry.address?.trim() ?? '';
    if (address === '') return [];
    const name = entry.name.trim();
    return [name === '' ? { address } : { name, address }];
  });
}
