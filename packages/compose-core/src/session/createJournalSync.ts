import type { DraftJournal, JournalEntry } from '../journal/types';
import type { TabChannel } from './types';

/** What tabs tell each other about a journaled draft. */
export interface TabMessage {
  type: 'journal-write';
  clientId: string;
  tabId: string;
  version: number;
}

export interface JournalSyncOptions {
  journal: DraftJournal | null;
  channel: TabChannel | null;
  clientId: string;
  tabId: string;
  /** @default 300 */
  throttleMs?: number;
  /** The entry to write now (latest state). */
  read: () => JournalEntry;
  /** The highest version this tab has written or adopted: a newer one from another tab is a conflict. */
  knownVersion: () => number;
  onConflict: (theirs: JournalEntry) => void;
  onError: (error: unknown) => void;
}

export interface JournalSync {
  /** A change happened: written within `throttleMs`. */
  schedule(): void;
  /** Writes a pending change now. */
  flush(): Promise<void>;
  /** The server holds `version`: the entry goes, unless something newer is waiting. */
  settle(version: number): Promise<void>;
  remove(): Promise<void>;
  dispose(): void;
}

/**
 * Keeps the journal entry of one draft up to date (throttled, writes serialized), and detects another tab writing a
 * newer version of the same draft: via BroadcastChannel at once, and by reading before each write where there is none.
 */
export function createJournalSync(options: JournalSyncOptions): JournalSync {
  const { journal, channel, clientId, tabId, throttleMs = 300 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const enqueue = (task: () => Promise<void>) => {
    chain = chain.then(task).catch(options.onError);
    return chain;
  };

  const write = async () => {
    if (!journal) return;
    const existing = await journal.get(clientId);
    if (existing && existing.tabId !== tabId && existing.version > options.knownVersion()) {
      options.onConflict(existing);
      return;
    }
    const entry = options.read();
    await journal.put(entry);
    channel?.postMessage({ type: 'journal-write', clientId, tabId, version: entry.version } satisfies TabMessage);
  };

  channel?.addEventListener('message', (event) => {
    const message = event.data as Partial<TabMessage> | null;
    if (!message || message.type !== 'journal-write' || message.clientId !== clientId || message.tabId === tabId) return;
    if ((message.version ?? 0) <= options.knownVersion() || !journal) return;
    void journal.get(clientId).then((theirs) => {
      if (theirs && theirs.tabId !== tabId && theirs.version > options.knownVersion()) options.onConflict(theirs);
    }, options.onError);
  });

  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      return enqueue(write);
    }
    return chain;
  };

  return {
    schedule() {
      if (!journal || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void enqueue(write);
      }, throttleMs);
    },
    flush,
    settle(version) {
      if (!journal) return Promise.resolve();
      return enqueue(async () => {
        const current = options.read();
        if (current.version > version) return;
        if (timer !== undefined) {
          clearTimeout(timer);
          timer = undefined;
        }
        const existing = await journal.get(clientId);
        // Another tab's newer entry is theirs to settle.
        if (existing && existing.tabId !== tabId && existing.version > version) return;
        await journal.remove(clientId);
      });
    },
    remove() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      return enqueue(async () => {
        await journal?.remove(clientId);
      });
    },
    dispose() {
      // A pending write still lands: it is the user's latest text.
      void flush();
      channel?.close();
    },
  };
}
