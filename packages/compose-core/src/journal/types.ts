// The local crash journal: what the user typed survives a crash, a closed tab or an offline spell.
import type { Draft } from '../draft';
import type { PendingCreate } from './pageRecords';

/** One unsent draft as kept on this device. */
export interface JournalEntry {
  /** The key: the session's stable local id. */
  clientId: string;
  /** The server draft it belongs to, once created (linked after the first save). */
  serverId?: string;
  /** Monotonic change counter, shared by every tab editing this draft. */
  version: number;
  /** The last version the server is known to hold. */
  savedVersion: number;
  /** The tab that wrote this entry. */
  tabId: string;
  /** Epoch ms of the write. */
  updatedAt: number;
  /** The draft, attachments included (queue ids and states; the files are kept apart: `DraftJournal.putFile`). */
  draft: Draft;
  /** A create that had not answered: the restored session looks for its draft before creating another. */
  pendingCreate?: PendingCreate;
}

/** Storage for journal entries; `createIndexedDbJournal()` in browsers (the default), none where IndexedDB is missing,
 * `createMemoryJournal()` from `/testing` in tests. */
export interface DraftJournal {
  get(clientId: string): Promise<JournalEntry | undefined>;
  put(entry: JournalEntry): Promise<void>;
  /** Removes the entry and every file kept with it. */
  remove(clientId: string): Promise<void>;
  /**
   * Keeps a file of the draft's attachment list (by its `localId`) until `remove(clientId)` or `removeFile`, so an
   * upload the page lost (a crash, a closed tab) runs again when the draft comes back. Optional: without it, such a
   * part comes back `failed`, naming the file to add again.
   */
  putFile?(clientId: string, localId: string, file: Blob): Promise<void>;
  getFile?(clientId: string, localId: string): Promise<Blob | undefined>;
  removeFile?(clientId: string, localId: string): Promise<void>;
  /** Every entry, newest first: an app can offer "restore unsent draft". */
  listRecoverable(): Promise<JournalEntry[]>;
}
