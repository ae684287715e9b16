import { parseAddressList } from '@inkwell/axigen-client/addresses';

/** The names of a header's mailboxes (their addresses when unnamed), for a list row. */
export function senderName(header: string): string {
  const people = parseAddressList(header);
  return people.map((p) => p.name ?? p.address).join(', ');
}
