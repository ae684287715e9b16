// The chips of one field as plain data: framework-free, so every rule here is testable without React.
import { isValidEmailAddress, recipientKey, type Draft } from '@inkwell/compose-core';
import type { RecipientInputEntry, RecipientInputProblem } from '@inkwell/compose-core/recipients';
import { formatRecipient } from './formatRecipient';
import { parseRecipientsNow } from './recipientParser';

/** Why a chip is invalid or ambiguous (compose-core's reading of the text). */
export type RecipientProblem = RecipientInputProblem;

/** A recipient as the draft holds it (`Draft['to']` entries). */
export type Recipient = Draft['to'][number];

export interface RecipientEntry {
  /** Stable while the chip exists (React key, drag and drop). */
  id: string;
  name: string;
  /** `''` when the text holds no address. */
  address: string;
  /** The text the chip came from; offered again for editing. */
  raw: string;
  /** Set for an invalid or ambiguous chip. */
  problem?: RecipientProblem;
}

let lastId = 0;
const nextId = () => `recipient-${++lastId}`;

function toEntry(input: RecipientInputEntry): RecipientEntry {
  const entry: RecipientEntry = { id: nextId(), name: input.name, address: input.address, raw: input.raw };
  return input.valid ? entry : { ...entry, problem: input.problem ?? 'invalid-address' };
}

/**
 * Typed or pasted text → new entries, read by compose-core's `parseRecipientInput` (the same reading the session
 * trusts); invalid ones are kept with their problem, never dropped. The parser loads on demand: await
 * `loadRecipientParser()` before the first call.
 */
export function entriesFromInput(text: string): RecipientEntry[] {
  return parseRecipientsNow(text).map(toEntry);
}

/** One chip from a recipient that arrived from elsewhere (a draft, a suggestion, another field). */
export function entryFromRecipient(recipient: Recipient): RecipientEntry {
  const name = recipient.name?.trim() ?? '';
  const address = recipient.address.trim();
  const entry: RecipientEntry = { id: nextId(), name, address, raw: formatRecipient(name, address) };
  if (isValidEmailAddress(address)) return entry;
  return { ...entry, problem: address.includes('@') ? 'invalid-address' : 'no-address' };
}

/** Same mailbox (or, without an address, the same text): such chips are merged. */
export function entryKey(entry: Pick<RecipientEntry, 'address' | 'raw'>): string {
  return entry.address ? recipientKey(entry.address) : `text:${entry.raw.trim().toLowerCase()}`;
}

/** What the draft stores: text without an address is kept as the address, so it is neither lost nor sent unseen. */
export function recipientsOf(entries: readonly RecipientEntry[]): Recipient[] {
  return entries.map(({ name, address, raw }) =>
    name ? { name, address: address || raw } : { address: address || raw },
  );
}

export interface MergeResult {
  entries: RecipientEntry[];
  /** Incoming entries that became chips. */
  added: RecipientEntry[];
  /** Incoming entries that were already there (their name fills a nameless chip). */
  merged: RecipientEntry[];
}

/** Inserts `incoming` at `index` (default: the end), merging duplicates into the chip already there. */
export function mergeEntries(
  existing: readonly RecipientEntry[],
  incoming: readonly RecipientEntry[],
  index = existing.length,
): MergeResult {
  const entries = [...existing];
  const byKey = new Map(entries.map((entry, i) => [entryKey(entry), i]));
  const added: RecipientEntry[] = [];
  const merged: RecipientEntry[] = [];
  let at = Math.max(0, Math.min(index, entries.length));
  for (const entry of incoming) {
    const key = entryKey(entry);
    const seen = byKey.get(key);
    if (seen !== undefined) {
      const current = entries[seen];
      if (current && !current.name && entry.name) entries[seen] = { ...current, name: entry.name, raw: entry.raw };
      merged.push(entry);
      continue;
    }
    entries.splice(at, 0, entry);
    for (const [k, i] of byKey) if (i >= at) byKey.set(k, i + 1);
    byKey.set(key, at);
    added.push(entry);
    at++;
  }
  return { entries, added, merged };
}

/** Replaces one chip by what its edited text reads as (none, one or several chips). */
export function replaceEntry(
  entries: readonly RecipientEntry[],
  id: string,
  replacement: readonly RecipientEntry[],
): MergeResult {
  const index = entries.findIndex((entry) => entry.id === id);
  if (index < 0) return mergeEntries(entries, replacement);
  const rest = entries.filter((entry) => entry.id !== id);
  return mergeEntries(rest, replacement, index);
}

export function removeEntry(entries: readonly RecipientEntry[], id: string): RecipientEntry[] {
  return entries.filter((entry) => entry.id !== id);
}

/** The user confirmed an ambiguous chip (`Doe, John <j@x>`) is one person. */
export function acceptEntry(entries: readonly RecipientEntry[], id: string): RecipientEntry[] {
  return entries.map((entry) => {
    if (entry.id !== id || entry.problem !== 'comma-in-name' || !isValidEmailAddress(entry.address)) return entry;
    const { problem: _problem, ...rest } = entry;
    return { ...rest, raw: formatRecipient(entry.name, entry.address) };
  });
}

/**
 * The chips for a value that came from outside (a controlled `value`): chips already shown keep their id and
 * problem when the value still holds them, so a round trip through the host's state loses nothing.
 */
export function entriesFromValue(value: readonly Recipient[], previous: readonly RecipientEntry[]): RecipientEntry[] {
  const pool = [...previous];
  return value.map((recipient) => {
    const name = recipient.name?.trim() ?? '';
    const index = pool.findIndex((entry) => entry.name === name && (entry.address || entry.raw) === recipient.address);
    if (index >= 0) return pool.splice(index, 1)[0] as RecipientEntry;
    return entryFromRecipient(recipient);
  });
}

/** Whether two recipient lists hold the same recipients in the same order. */
export function sameRecipients(a: readonly Recipient[], b: readonly Recipient[]): boolean {
  return (
    a.length === b.length && a.every((r, i) => r.address === b[i]?.address && (r.name ?? '') === (b[i]?.name ?? ''))
  );
}
