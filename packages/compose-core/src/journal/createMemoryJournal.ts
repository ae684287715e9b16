import type { DraftJournal, JournalEntry } from './types';

/** A journal in memory, for tests (`@inkwell/compose-core/testing`). Entries are copied in and out. */
export function createMemoryJournal(): DraftJournal {
  const entries = new Map<string, JournalEntry>();
  return {
    get: (clientId) => Promise.resolve(copy(entries.get(clientId))),
    put: (entry) => {
      entries.set(entry.clientId, structuredClone(entry));
      return Promise.resolve();
    },
    remove: (clientId) => {
      entries.delete(clientId);
      return Promise.resolve();
    },
    listRecoverable: () =>
      Promise.resolve([...entries.values()].sort((a, b) => b.updatedAt - a.updatedAt).map((e) => structuredClone(e))),
  };
}

function copy(entry: JournalEntry | undefined): JournalEntry | undefined {
  return entry && structuredClone(entry);
}
