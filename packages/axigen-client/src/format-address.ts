import type { Recipient } from './client-types';
import { type AxigenErrorOperation, invalidInput } from './axigen-error';
import { hasLoneSurrogate } from './find-ill-formed-string';
import { hasControlCharacter } from './has-control-character';
import { normalizeAddress } from './normalize-address';

/** Where a recipient sits in the caller's input, so errors can name it (`to[1].name`). */
export interface AddressContext {
  operation?: AxigenErrorOperation;
  field?: string;
}

// RFC 5322 `specials`: a display name holding one of these must be a quoted-string.
const SPECIALS = /[()<>[\]:;@\\,."]/;
// Characters that would end or split the `<…>` address inside a header list.
const ADDRESS_BREAKERS = /[<>()[\]:;,"\\@]/;
// A quoted local part (`"john doe"@x`): any text but a bare quote or backslash; line breaks are rejected earlier.
const QUOTED_LOCAL = /^"(?:[^"\\]|\\.)*"$/u;
// `[192.0.2.1]`, `[IPv6:2001:db8::1]`: RFC 5321 dtext, no brackets, backslash or space inside.
const DOMAIN_LITERAL = /^\[[\x21-\x5a\x5e-\x7e]+\]$/;

/** `Recipient` → `Name <local@domain>` (or the bare address), quoting and escaping the name where needed. */
export function formatAddress(recipient: Recipient, context: AddressContext = {}): string {
  const operation = context.operation ?? 'formatAddress';
  const field = context.field ?? 'recipient';
  if (typeof recipient !== 'object' || recipient === null) {
    throw invalidInput(operation, field, 'must be an object { name?, address }');
  }
  const address = checkAddress(recipient.address, operation, `${field}.address`);
  const name = recipient.name;
  if (name === undefined) return address;
  if (typeof name !== 'string') throw invalidInput(operation, `${field}.name`, 'must be a string');
  checkHeaderText(name, operation, `${field}.name`);
  const trimmed = name.trim();
  if (trimmed === '') return address;
  return `${quoteDisplayName(trimmed)} <${address}>`;
}

/** Recipients → one header value, `a <a@x>, "Doe, Jane" <j@y>`; `''` for an empty list. */
export function formatAddressList(recipients: readonly Recipient[], context: AddressContext = {}): string {
  const operation = context.operation ?? 'formatAddressList';
  const field = context.field ?? 'recipients';
  if (!Array.isArray(recipients)) throw invalidInput(operation, field, 'must be an array of recipients');
  return recipients
    .map((recipient, index) => formatAddress(recipient, { operation, field: `${field}[${index}]` }))
    .join(', ');
}

/** Rejects text that cannot go into a header: control characters (CR/LF) and lone surrogates. */
export function checkHeaderText(text: string, operation: AxigenErrorOperation, field: string): void {
  if (hasControlCharacter(text))
    throw invalidInput(operation, field, 'must not contain line breaks or control characters');
  if (hasLoneSurrogate(text))
    throw invalidInput(operation, field, 'contains a lone UTF-16 surrogate (not valid Unicode)');
}

function quoteDisplayName(name: string): string {
  // Runs of spaces would collapse when the header is read back; quoting keeps them.
  if (!SPECIALS.test(name) && !/\s{2,}/.test(name)) return name;
  return `"${name.replace(/["\\]/g, '\\$&')}"`;
}

// Deliberately minimal (the server's own rules are undocumented), but a superset of what compose-core's
// isValidEmailAddress accepts: a dot-atom or quoted local part, a host name or a domain literal, nothing that breaks
// the header. The domain is sent in its UTS-46-mapped Unicode form (normalizeAddress): the API is UTF-8 end to end.
function checkAddress(value: unknown, operation: AxigenErrorOperation, field: string): string {
  if (typeof value !== 'string') throw invalidInput(operation, field, 'must be a string');
  // Before trimming: a trailing CR/LF is an injection attempt or a paste accident, and must not pass silently.
  checkHeaderText(value, operation, field);
  const address = value.trim();
  if (address === '') throw invalidInput(operation, field, 'is empty');
  const quoted = JSON.stringify(address);
  const at = address.lastIndexOf('@');
  if (at < 0) throw invalidInput(operation, field, `must contain an @: ${quoted}`);
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === '') throw invalidInput(operation, field, `has nothing before the @: ${quoted}`);
  if (domain === '') throw invalidInput(operation, field, `has no domain after the @: ${quoted}`);
  if (local.startsWith('"') ? !QUOTED_LOCAL.test(local) : /\s/.test(local) || /[@<>()[\]:;,"\\]/.test(local)) {
    throw invalidInput(operation, field, `has a local part that is not allowed in an address: ${quoted}`);
  }
  if (domain.startsWith('[')) {
    if (!DOMAIN_LITERAL.test(domain)) throw invalidInput(operation, field, `has an invalid domain: ${quoted}`);
    return address;
  }
  if (/\s/.test(domain) || ADDRESS_BREAKERS.test(domain) || domain.startsWith('.') || domain.includes('..')) {
    throw invalidInput(operation, field, `has an invalid domain: ${quoted}`);
  }
  try {
    return normalizeAddress(address);
  } catch (cause) {
    throw invalidInput(operation, field, `has an invalid domain: ${quoted}`, cause);
  }
}
