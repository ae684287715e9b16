// RFC 2047 encoded words and address-list formatting for header values, shared by the portable composer.
import { addressParser } from 'postal-mime';
import type { Address } from 'postal-mime';
import { utf8ToBase64 } from '../core/base64';

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
/** Bytes of UTF-8 per encoded word: 45 bytes → 60 base64 chars, within the 75-char word limit. */
const WORD_BYTES = 45;

/**
 * Encodes `text` as RFC 2047 B-words when it is not plain ASCII; splits only between code points.
 * Line breaks become spaces first: a header value must never start a new header line.
 */
export function encodeWords(value: string): string {
  const text = value.replace(/[\r\n]+/g, ' ');
  if (ASCII_PRINTABLE.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  const encoder = new TextEncoder();
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    if (chunkBytes + n > WORD_BYTES && chunk) {
      words.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += ch;
    chunkBytes += n;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${utf8ToBase64(w)}?=`).join('\r\n ');
}

const SPECIALS = /[()<>@,;:\\".[\]]/;

function formatName(name: string): string {
  if (!ASCII_PRINTABLE.test(name)) return encodeWords(name);
  return SPECIALS.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
}

/** Flattens groups into mailboxes. */
export function flattenAddresses(list: Address[]): { name: string; address: string }[] {
  return list.flatMap((a) => (a.group ? a.group : [{ name: a.name, address: a.address ?? '' }]));
}

/** Parses an address header value into mailboxes (display names decoded). */
export function parseAddressList(value: string | undefined): { name: string; address: string }[] {
  if (!value || !value.trim()) return [];
  return flattenAddresses(addressParser(value)).filter((m) => m.address || m.name);
}

/** An address list as a header value, names encoded, folded between addresses. */
export function formatAddressHeader(value: string): string {
  return parseAddressList(value)
    .map((m) => (m.name ? `${formatName(m.name)} <${m.address}>` : m.address))
    .join(',\r\n ');
}

/** `Content-Type`/`Content-Disposition` file name parameters: plain when ASCII, RFC 2231 + RFC 2047 otherwise. */
export function filenameParam(param: 'name' | 'filename', filename: string): string {
  if (ASCII_PRINTABLE.test(filename)) return `${param}="${filename.replace(/(["\\])/g, '\\$1')}"`;
  if (param === 'name') return `name="${encodeWords(filename).replace(/\r\n /g, ' ')}"`;
  const pct = Array.from(new TextEncoder().encode(filename), (b) =>
    /[A-Za-z0-9._-]/.test(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
  return `filename*=UTF-8''${pct}`;
}
