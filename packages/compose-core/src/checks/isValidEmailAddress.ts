import { toAsciiDomain } from '@inkwell/axigen-client';

// RFC 5322 atext, plus any non-ASCII character (RFC 6531 internationalized local parts).
const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\u{10FFFF}-]+$/u;
const QUOTED = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e\u0080-\u{10FFFF}]|\\[\x20-\x7e])*"$/u;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Whether `address` is a deliverable addr-spec: `local@domain` with a dot-atom or quoted local part (UTF-8 allowed),
 * a domain of at least two labels (IDN accepted, checked in its punycode form, no all-numeric TLD) or an address
 * literal `[1.2.3.4]` / `[IPv6:…]`, and the RFC 5321 length limits (64 local, 255 domain, 254 overall).
 */
export function isValidEmailAddress(address: string): boolean {
  if (typeof address !== 'string' || address !== address.trim() || address === '') return false;
  // Nothing a header cannot carry (formatAddress would refuse it): controls, lone surrogates.
  if (CONTROL.test(address) || LONE_SURROGATE.test(address)) return false;
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  // Invisible characters (soft hyphen, zero-width, bidi controls) would make the mailbox differ from what is shown;
  // in the domain, UTS-46 mapping removes or refuses them (toAsciiDomain).
  if (INVISIBLE.test(local)) return false;
  if (utf8Length(local) > 64 || !isValidLocalPart(local)) return false;
  if (domain.startsWith('[')) return isValidAddressLiteral(domain);
  let ascii: string;
  try {
    ascii = toAsciiDomain(domain.replace(/\.$/, ''));
  } catch {
    return false;
  }
  if (ascii.length > 253 || utf8Length(local) + 1 + ascii.length > 254) return false;
  const labels = ascii.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(tld);
}

function isValidLocalPart(local: string): boolean {
  if (local.startsWith('"')) return QUOTED.test(local);
  return local.split('.').every((atom) => atom !== '' && ATOM.test(atom));
}

function isValidAddressLiteral(domain: string): boolean {
  const match = /^\[(.*)\]$/.exec(domain);
  const inner = match?.[1];
  if (inner === undefined) return false;
  if (IPV4.test(inner)) return true;
  if (!/^IPv6:/i.test(inner)) return false;
  try {
    return new URL(`http://[${inner.slice(5)}]/`).hostname !== '';
  } catch {
    return false;
  }
}
