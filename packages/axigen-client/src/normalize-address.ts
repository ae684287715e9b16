import { toUnicodeDomain } from './to-unicode-domain';

/**
 * The one form of an address that validation judges and the header carries: the local part as written (quotes
 * of a quoted local part kept), the domain UTS-46-mapped in Unicode without a root dot (`Ann@BU\u00ADCHER.de.` →
 * `Ann@bücher.de`), a domain literal (`[192.0.2.1]`) as written. Throws an `invalid-input` AxigenError for a
 * domain that is not a host name.
 */
export function normalizeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (domain.startsWith('[')) return address;
  return `${local}@${toUnicodeDomain(domain.endsWith('.') ? domain.slice(0, -1) : domain)}`;
}
