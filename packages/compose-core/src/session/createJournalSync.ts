import type { DraftJournal, JournalEntry } from '../journal/types';
import type { TabChannel } from './types';

/** What tabs tell each other about a journaled draft: a newer local version, or a version the server now holds. */
export interface TabMessage {
  type: 'journal-write' | 'journal-saved';
  entry: JournalEntry;
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
  /** Another tab wrote or saved a version this tab has not seen. */
  onConflict: (theirs: JournalEntry) => void;
  /** A journal write failed (quota, private mode): the text is then only in memory and on the server. */
  onError: (error: unknown) => void;
  /** A journal write succeeded (clears an earlier error). */
  onWritten?: () => void;
}

export interface JournalSync {
  /** A change happened: written within `throttleMs`. */
  schedule(): void;
  /** Writes a pending change now. */
  flush(): Promise<void>;
  /** The server holds `entry.version`: the journal entry goes (unless something newer waits); other tabs are told. */
  settle(entry: JournalEntry): Promise<void>;
  /** This tab has seen (adopted or overruled) `entry`: it is no longer a conflict. */
  adopt(entry: JournalEntry): void;
  remove(): Promise<void>;
  dispose(): void;
}

/** Identity of one write: a compare-and-swap tag, so equal version numbers from two tabs still differ. */
const etag = (entry: JournalEntry) => `${entry.tabId}:${entry.version}:${entry.updatedAt}`;

/**
 * Keeps the journal entry of one draft up to date (throttled, writes serialized), and detects another tab writing
 * the same draft: via BroadcastChannel at once, and by comparing the stored entry with the last one this tab wrote
 * or adopted before each write (where there is no channel, or a message was missed).
 */
export function createJournalSync(options: JournalSyncOptions): JournalSync {
  const { journal, channel, clientId, tabId, throttleMs = 300 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  /** The entry this tab last wrote, adopted or removed (undefined: none seen). */
  let known: string | undefined;

  const enqueue = (task: () => Promise<void>) => {
    chain = chain.then(task).catch(options.onError);
    return chain;
  };
  const foreign = (entry: JournalEntry) =>
    entry.clientId === clientId && entry.tabId !== tabId && etag(entry) !== known;
  const post = (message: TabMessage) => {
    try {
      channel?.postMessage(message);
    } catch (error) {
      options.onError(error);
    }
  };

  const write = async () => {
    if (!journal) return;
    const existing = await journal.get(clientId);
    if (existing && foreign(existing)) {
      options.onConflict(existing);
      return;
    }
    const entry = options.read();
    await journal.put(entry);
    known = etag(entry);
    options.onWritten?.();
    post({ type: 'journal-write', entry });
  };

  channel?.addEventListener('message', (event) => {
    const message = event.data as Partial<TabMessage> | null;
    if (!message?.entry || (message.type !== 'journal-write' && message.type !== 'journal-saved')) return;
    if (foreign(message.entry)) options.onConflict(message.entry);
  });

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const flush = () => {
    if (timer === undefined) return chain;
    clearTimer();
    return enqueue(write);
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
    settle(saved) {
      return enqueue(async () => {
        const current = options.read();
        if (current.version > saved.version) return;
        clearTimer();
        if (journal) {
          const existing = await journal.get(clientId);
          // Another tab's unseen entry is theirs to settle.
          if (existing && foreign(existing)) return;
          await journal.remove(clientId);
        }
        known = etag(saved);
        post({ type: 'journal-saved', entry: saved });
      });
    },
    adopt(entry) {
      known = etag(entry);
    },
    remove() {
      clearTimer();
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
