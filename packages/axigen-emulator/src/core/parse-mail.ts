// Parsing stored RFC 5322 text with postal-mime, and the address formatting the Mail schema needs.
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { flattenAddresses } from '../mime/encode-header';

export type { Email };

/**
 * Parses a message. Composers end each body part with a line break before the boundary, which
 * postal-mime keeps; dropping one makes compose → parse an exact round trip.
 */
export async function parseRaw(raw: string): Promise<Email> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  if (typeof email.html === 'string') email.html = email.html.replace(/\r?\n$/, '');
  if (typeof email.text === 'string') email.text = email.text.replace(/\r?\n$/, '');
  return email;
}

function formatMailbox(m: { name: string; address: string }): string {
  if (!m.name) return m.address;
  const name = /[()<>@,;:\\".[\]]/.test(m.name) ? `"${m.name.replace(/(["\\])/g, '\\$1')}"` : m.name;
  return `${name} <${m.address}>`;
}

/** Addresses as a header-value string (decoded names), `''` when none. */
export function formatAddresses(list: Address[] | Address | undefined): string {
  if (!list) return '';
  return flattenAddresses(Array.isArray(list) ? list : [list])
    .map(formatMailbox)
    .join(', ');
}

/** The value of the first header named `name` (case-insensitive), unfolded. */
export function headerValue(email: Email, name: string): string | undefined {
  const key = name.toLowerCase();
  return email.headers.find((h) => h.key === key)?.value;
}

export function stripAngles(id: string | undefined): string {
  return (id ?? '').trim().replace(/^<|>$/g, '');
}

export function attachmentBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** isInline per the reference: a multipart/related part the HTML refers to by `cid:`. */
export function isInlinePart(att: Email['attachments'][number], html: string | undefined): boolean {
  const cid = stripAngles(att.contentId);
  if (!att.related || !cid || !html) return false;
  return html.toLowerCase().includes(`cid:${cid.toLowerCase()}`);
}
