import { formatAddress } from '@inkwell/axigen-client';

/** `Name <address>` as a user would type it again (the name quoted where needed); the plain text when invalid. */
export function formatRecipient(name: string, address: string): string {
  try {
    return formatAddress(name ? { name, address } : { address });
  } catch {
    // Not an address formatAddress accepts: show what there is, nothing hidden.
    return name && address ? `${name} <${address}>` : name || address;
  }
}
