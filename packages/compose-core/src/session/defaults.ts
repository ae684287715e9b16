import { createIndexedDbJournal } from '../journal/createIndexedDbJournal';
import type { PartLocks } from '../attachments/types';
import type { DraftJournal } from '../journal/types';
import type { ComposeIntent, TabChannel } from './types';

export const TAB_CHANNEL_NAME = 'inkwell-compose';

/** IndexedDB where it exists; no journal elsewhere (SSR, old runtimes). */
export function defaultJournal(): DraftJournal | null {
  return typeof indexedDB === 'undefined' ? null : createIndexedDbJournal();
}

export function defaultChannel(name: string): TabChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : (new BroadcastChannel(name) as unknown as TabChannel);
}

/** Web Locks where the runtime has them: one tab uploads each part of a draft open in several. */
export function defaultLocks(): PartLocks | null {
  return (globalThis.navigator as { locks?: PartLocks } | undefined)?.locks ?? null;
}

export function randomId(random: () => number): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${random().toString(36).slice(2)}`;
}

/** A reopened draft gets a deterministic id, so two tabs opening it share one journal entry (and see each other). */
/**
 * A reopened draft's id is the same in every tab (`mail:<account>:<id>`). The account is part of it: mail ids are
 * per mailbox, and this browser's journal is shared by everyone who signs in on it.
 */
export function defaultClientId(intent: ComposeIntent, random: () => number, account: string): string {
  return intent.kind === 'draft' ? draftClientId(account, intent.mailId) : randomId(random);
}

/** The local id of a saved draft's compose view, for `account`. */
export function draftClientId(account: string, mailId: string): string {
  return `mail:${account.toLowerCase()}:${mailId}`;
}
