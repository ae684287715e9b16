import { toAsciiDomain } from '@inkwell/axigen-client';

/**
 * A new Content-ID for an inline part: `<random>@<domain>` without `<>`. 16 random bytes (crypto.getRandomValues) in
 * base64url, so it is unique, URL-safe inside `cid:` and a valid msg-id; an IDN domain is written in punycode.
 */
export function generateContentId(senderDomain: string): string {
  const domain = senderDomain.trim().replace(/^@/, '');
  let ascii: string;
  try {
    ascii = toAsciiDomain(domain);
  } catch (cause) {
    throw new RangeError(`generateContentId: "${senderDomain}" is not a domain name`, { cause });
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}@${ascii}`;
}
