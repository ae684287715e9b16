import { createIndexedDbJournal } from '../journal/createIndexedDbJournal';
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

export function randomId(random: () => number): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${random().toString(36).slice(2)}`;
}

/** A reopened draft gets a deterministic id, so two tabs opening it share one journal entry (and see each other). */
export function defaultClientId(intent: ComposeIntent, random: () => number): string {
  return intent.kind === 'draft' ? `mail:${intent.mailId}` : randomId(random);
}
