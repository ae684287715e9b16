import { createStore, del, get, set, values } from 'idb-keyval';
import type { DraftJournal, JournalEntry } from './types';

export interface IndexedDbJournalOptions {
  /** @default 'inkwell-drafts' */
  dbName?: string;
  /** @default 'journal' */
  storeName?: string;
}

/**
 * The journal in IndexedDB (idb-keyval): survives reloads and crashes, shared by the tabs of one origin.
 * The store is opened lazily, so creating a journal where IndexedDB is missing fails only on use.
 */
export function createIndexedDbJournal(options: IndexedDbJournalOptions = {}): DraftJournal {
  let store: ReturnType<typeof createStore> | undefined;
  const openStore = () => (store ??= createStore(options.dbName ?? 'inkwell-drafts', options.storeName ?? 'journal'));
  return {
    get: (clientId) => get<JournalEntry>(clientId, openStore()),
    put: (entry) => set(entry.clientId, entry, openStore()),
    remove: (clientId) => del(clientId, openStore()),
    listRecoverable: async () => {
      const all = await values<JournalEntry>(openStore());
      return all.filter(isEntry).sort((a, b) => b.updatedAt - a.updatedAt);
    },
  };
}

// Another version of the app may have written other shapes into the same store: skip them.
function isEntry(value: unknown): value is JournalEntry {
  return typeof value === 'object' && value !== null && 'clientId' in value && 'draft' in value && 'version' in value;
}
