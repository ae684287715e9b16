// The synchronous side of the journal: one small record per open compose view in localStorage. IndexedDB writes
// are asynchronous and a closing tab does not wait for them; localStorage writes finish before `pagehide` returns,
// so the last keystrokes and the id of a create in flight survive a tab closed 0 ms after the last key.
import type { DraftFingerprint } from '../session/serverLookup';
import type { ComposeIntent } from '../session/types';
import type { JournalEntry } from './types';

export const PAGE_RECORD_PREFIX = 'inkwell-compose:';

/** A create whose answer has not arrived (yet): the restored session looks for it before creating another. */
export interface PendingCreate {
  /** Epoch ms when the request left. */
  startedAt: number;
  fingerprint: DraftFingerprint;
}

export interface PageRecord {
  clientId: string;
  /**
   * Whose view it is (the sender's address, lower case): the list of open views shows each account only its own.
   * Records written before records had it have none.
   */
  account?: string;
  /** What the view was opened for (a reopened draft after a save: the `serverId`). */
  intent: ComposeIntent;
  serverId?: string;
  subject: string;
  /** Epoch ms of the write. */
  updatedAt: number;
  /** The view's latest local state when it had changes the server does not hold. */
  entry?: JournalEntry;
  pendingCreate?: PendingCreate;
}

/** The part of Web Storage the records use. */
export interface PageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const changeListeners = new Set<() => void>();

/** Calls `listener` when this tab writes or removes a record (other tabs' writes arrive as `storage` events). */
export function onPageRecordsChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
const changed = () => {
  for (const listener of [...changeListeners]) listener();
};

export function defaultPageStorage(): PageStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage disabled (privacy settings): reading the property throws.
    return null;
  }
}

function isRecord(value: unknown): value is PageRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PageRecord).clientId === 'string' &&
    typeof (value as PageRecord).intent === 'object'
  );
}

export function readPageRecord(storage: PageStorage | null, clientId: string): PageRecord | undefined {
  if (!storage) return undefined;
  try {
    const raw = storage.getItem(PAGE_RECORD_PREFIX + clientId);
    const value: unknown = raw === null ? undefined : JSON.parse(raw);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the record; without room for the draft, still the ids (the IndexedDB journal has the text). */
export function writePageRecord(storage: PageStorage | null, record: PageRecord & { account: string }): boolean {
  if (!storage) return false;
  const key = PAGE_RECORD_PREFIX + record.clientId;
  try {
    storage.setItem(key, JSON.stringify(record));
    changed();
    return true;
  } catch {
    try {
      const { entry: _dropped, ...small } = record;
      storage.setItem(key, JSON.stringify(small));
      changed();
    } catch {
      /* storage full or disabled: the IndexedDB journal is all there is */
    }
    return false;
  }
}

export function removePageRecord(storage: PageStorage | null, clientId: string): void {
  if (!storage) return;
  try {
    if (storage.getItem(PAGE_RECORD_PREFIX + clientId) === null) return;
    storage.removeItem(PAGE_RECORD_PREFIX + clientId);
    changed();
  } catch {
    /* nothing to remove where storage is disabled */
  }
}

export function listPageRecords(storage: PageStorage | null): PageRecord[] {
  if (!storage) return [];
  const records: PageRecord[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (!key?.startsWith(PAGE_RECORD_PREFIX)) continue;
      const record = readPageRecord(storage, key.slice(PAGE_RECORD_PREFIX.length));
      if (record) records.push(record);
    }
  } catch {
    return records;
  }
  return records.sort((a, b) => b.updatedAt - a.updatedAt);
}
