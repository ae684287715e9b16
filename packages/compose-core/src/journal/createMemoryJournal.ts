import type { DraftJournal, JournalEntry } from './types';

/** A journal in memory, for tests (`@inkwell/compose-core/testing`). Entries are copied in and out. */
export function createMemoryJournal(): DraftJournal {
  const entries = new Map<string, JournalEntry>();
  const files = new Map<string, Blob>();
  const fileKey = (clientId: string, localId: string) => `${clientId}#file#${localId}`;
  return {
    get: (clientId) => Promise.resolve(copy(entries.get(clientId))),
    put: (entry) => {
      entries.set(entry.clientId, structuredClone(entry));
      return Promise.resolve();
    },
    remove: (clientId) => {
      entries.delete(clientId);
      for (const key of files.keys()) if (key.startsWith(`${clientId}#`)) files.delete(key);
      return Promise.resolve();
    },
    putFile: (clientId, localId, file) => {
      files.set(fileKey(clientId, localId), file);
      return Promise.resolve();
    },
    getFile: (clientId, localId) => Promise.resolve(files.get(fileKey(clientId, localId))),
    removeFile: (clientId, localId) => {
      files.delete(fileKey(clientId, localId));
      return Promise.resolve();
    },
    listRecoverable: () =>
      Promise.resolve([...entries.values()].sort((a, b) => b.updatedAt - a.updatedAt).map((e) => structuredClone(e))),
  };
}

function copy(entry: JournalEntry | undefined): JournalEntry | undefined {
  return entry && structuredClone(entry);
}
