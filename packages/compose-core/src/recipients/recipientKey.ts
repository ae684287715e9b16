import { toAsciiDomain } from '@inkwell/axigen-client';

/**
 * A comparison key for an address: case-insensitive, Unicode-normalized, IDN domains in punycode, so
 * `Ann@Bücher.de` and `ann@xn--bcher-kva.de` are the same mailbox.
 */
export function recipientKey(address: string): string {
  const trimmed = address.trim().normalize('NFC');
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed.toLowerCase();
  const local = trimmed.slice(0, at).toLowerCase();
  const domain = trimmed
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  try {
    return `${local}@${toAsciiDomain(domain)}`;
  } catch {
    // Not a valid domain: still comparable as text; validity is checkBeforeSend's job.
    return `${local}@${domain}`;
  }
}
