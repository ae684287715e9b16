import { formatAddress, normalizeAddress } from '@inkwell/axigen-client';
import { type AddressListProblem, readAddressList } from '@inkwell/axigen-client/addresses';
import { isValidEmailAddress } from '../checks/isValidEmailAddress';

/** Why an entry is invalid, as a code a UI can translate: a reading problem, an invalid or an unsendable address. */
export type RecipientInputProblem = AddressListProblem | 'invalid-address' | 'unsendable';

/** One person read from typed or pasted recipients. */
export interface RecipientInputEntry {
  /** The entry as typed, so an invalid one can be shown and edited as it was. */
  raw: string;
  /** Display name (`''` when none). */
  name: string;
  /** When valid: the address as it will be sent (IDN domain UTS-46-mapped); otherwise as typed, or `''`. */
  address: string;
  /** Whether `{ name, address }` can be sent as it is: a valid address that `formatAddress` accepts. */
  valid: boolean;
  /** Why not, in the user's words. */
  reason?: string;
  /** Why not, as a code (for translated messages). */
  problem?: RecipientInputProblem;
}

const REASONS: Record<AddressListProblem, (raw: string) => string> = {
  'no-address': (raw) => `“${raw}” has no email address.`,
  unclosed: (raw) => `“${raw}” has a quote, bracket or parenthesis that is not closed.`,
  'comment-in-address': (raw) => `“${raw}” has parentheses inside the address; remove them to check where it goes.`,
  'several-addresses': (raw) => `“${raw}” holds more than one address; separate them with commas.`,
  'text-after-address': (raw) =>
    `“${raw}” has text after the address; write the name first, like Jane Doe <jane@example.com>.`,
  'comma-in-name': (raw) =>
    `“${raw}”: is this one person? A name with a comma needs quotes, like "Doe, John" <john@example.com>.`,
  'stray-character': (raw) => `“${raw}” has a character that does not belong in an address.`,
  ambiguous: (raw) => `“${raw}” can be read as more than one address; please check it.`,
};

/**
 * Typed or pasted recipients → one entry per person, in order. Nothing is dropped or merged silently: text that
 * is not exactly one valid mailbox becomes an entry with `valid: false` and a `reason` (`Doe, John <j@x>`, a line
 * break, a comment inside the address…). A valid entry's address is normalized as it will be sent.
 */
export function parseRecipientInput(text: string): RecipientInputEntry[] {
  if (typeof text !== 'string') return [];
  return readAddressList(text).map((entry) => {
    const { raw, name } = entry;
    if (entry.problem) return invalid(entry, REASONS[entry.problem](raw), entry.problem);
    if (!isValidEmailAddress(entry.address)) {
      return invalid(entry, `“${entry.address}” is not a valid email address.`, 'invalid-address');
    }
    let address: string;
    try {
      address = normalizeAddress(entry.address);
      formatAddress({ name, address });
    } catch {
      return invalid(entry, `“${raw}” has a character that cannot be sent in a mail header.`, 'unsendable');
    }
    return { raw, name, address, valid: true };
  });
}

function invalid(
  entry: { raw: string; name: string; address: string },
  reason: string,
  problem: RecipientInputProblem,
): RecipientInputEntry {
  return { raw: entry.raw, name: entry.name, address: entry.address, valid: false, reason, problem };
}
