import type { DraftJournal, JournalEntry } from '../journal/types';
import type { TabChannel } from './types';

/** What tabs tell each other about a journaled draft: a newer local version, or a version the server now holds. */
export interface TabMessage {
  type: 'journal-write' | 'journal-saved';
  entry: JournalEntry;
  /**
   * Every server id the author's draft has had, oldest first (a replace gives the draft a new id). A view opened
   * differently (a new message in one tab, the same draft reopened from Drafts in another) has another `clientId`;
   * a shared id says it is the same draft.
   */
  lineage?: readonly string[];
  /** The other tab's entry the author had taken in (adopted or merged) before writing this one. */
  seen?: string;
  /** An answer to one view's question (`TabQuery`): only that tab takes it in; the others have heard it already. */
  for?: string;
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
  /** The server ids this draft has had, oldest first. */
  lineage?: () => readonly string[];
  /** This view's change counter now. */
  version?: () => number;
  /** Nothing here is unsaved or unresolved: the server holds what this view shows. */
  isClean?: () => boolean;
  /** Another tab wrote or saved a version this tab has not seen, and this tab has its own changes. */
  onConflict: (theirs: JournalEntry) => void;
  /**
   * Another tab's version that already includes everything of this one (built on it, with nothing typed here
   * since): taken without asking. Without this callback it is a conflict.
   */
  onSupersede?: (theirs: JournalEntry) => void;
  /** A journal write failed (quota, private mode): the text is then only in memory and on the server. */
  onError: (error: unknown) => void;
  /** A journal write succeeded (clears an earlier error). */
  onWritten?: () => void;
  /**
   * Another view of this draft asks where it stands (it missed messages, see `ask`); answer with `announce(tabId)`
   * while this view is editing it.
   */
  onAsked?: (tabId: string) => void;
}

/** A view that missed messages (its tab was frozen) asks the others about its draft: by client id and lineage. */
export interface TabQuery {
  type: 'journal-query';
  clientId: string;
  tabId: string;
  lineage: readonly string[];
  /** The server id the asker saves to (gone): only a view whose draft has another one has news for it. */
  serverId?: string;
}

export interface JournalSync {
  /** A change happened: written within `throttleMs`. */
  schedule(): void;
  /** Writes a pending change now. */
  flush(): Promise<void>;
  /** Resolves once a pending change is written (at its time, not sooner), or at once when none is pending. */
  written(): Promise<void>;
  /** The server holds `entry.version`: the journal entry goes (unless something newer waits); other tabs are told. */
  settle(entry: JournalEntry): Promise<void>;
  /** This tab has seen (adopted or overruled) `entry`: it is no longer a conflict. */
  adopt(entry: JournalEntry): void;
  /** Asks the other views of this draft to announce their state (each answers with `announce`). */
  ask(): void;
  /** Tells the view of tab `to`, which asked, this view's state now, as a write or a save would have. */
  announce(to: string): void;
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
  /** Waiting for the pending change to be written (`written`). */
  let onWrite: (() => void)[] = [];
  let chain: Promise<void> = Promise.resolve();
  /** The entry this tab last wrote, adopted or removed (undefined: none seen). */
  let known: string | undefined;
  /** This tab's last announced entry, and the view's change counter then. */
  let mine: { tag: string; version: number } | undefined;
  /** The last other tab's entry taken in here: sent along, so that tab knows its version was seen. */
  let seen: string | undefined;
  /** That entry's author and version, when it is this draft's own entry (the same client id). */
  let taken: { tabId: string; version: number } | undefined;

  const enqueue = (task: () => Promise<void>) => {
    chain = chain.then(task).catch(options.onError);
    return chain;
  };
  const foreign = (entry: JournalEntry) =>
    entry.clientId === clientId && entry.tabId !== tabId && etag(entry) !== known;
  const lineageOf = (message: Partial<TabMessage> & { entry: JournalEntry }) =>
    message.lineage ?? (message.entry.serverId === undefined ? [] : [message.entry.serverId]);
  /** Another tab's message about this same draft, which this tab has not seen. */
  const related = (message: Partial<TabMessage> & { entry: JournalEntry }) => {
    const { entry } = message;
    if (entry.tabId === tabId || etag(entry) === known) return false;
    if (entry.clientId === clientId) return true;
    const ours = options.lineage?.() ?? [];
    return lineageOf(message).some((id) => ours.includes(id));
  };
  /** Their version contains all of this one: they merged this tab's last entry, or this view's server copy. */
  const supersedes = (message: Partial<TabMessage> & { entry: JournalEntry }) => {
    const version = options.version?.() ?? Number.POSITIVE_INFINITY;
    if (message.seen !== undefined && mine && message.seen === mine.tag && version <= mine.version) return true;
    // The author of the entry this view took in, at that version or later (its own counter), and nothing changed here
    // since: their entry holds all of this view's.
    const { entry } = message;
    if (taken?.tabId === entry.tabId && entry.clientId === clientId && entry.version >= taken.version) {
      if (version <= taken.version) return true;
    }
    const ours = options.lineage?.() ?? [];
    const current = ours[ours.length - 1];
    return current !== undefined && lineageOf(message).includes(current) && (options.isClean?.() ?? false);
  };
  const post = (message: TabMessage) => {
    mine = { tag: etag(message.entry), version: options.version?.() ?? message.entry.version };
    const lineage = options.lineage?.();
    try {
      channel?.postMessage({
        ...message,
        ...(lineage && lineage.length > 0 ? { lineage: [...lineage] } : {}),
        ...(seen === undefined ? {} : { seen }),
      });
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
    const query = event.data as Partial<TabQuery> | null;
    if (query?.type === 'journal-query') {
      if (query.tabId === tabId) return;
      const ours = options.lineage?.() ?? [];
      const about = query.clientId === clientId || (query.lineage ?? []).some((id) => ours.includes(id));
      // A view at the same server id knows no more than the asker (the draft was deleted elsewhere): it stays quiet,
      // and the asker makes the draft again.
      const moved = ours[ours.length - 1] !== query.serverId;
      if (about && moved && query.tabId !== undefined) options.onAsked?.(query.tabId);
      return;
    }
    const message = event.data as Partial<TabMessage> | null;
    if (!message?.entry || (message.type !== 'journal-write' && message.type !== 'journal-saved')) return;
    if (message.for !== undefined && message.for !== tabId) return;
    const about = message as Partial<TabMessage> & { entry: JournalEntry };
    if (!related(about)) return;
    if (options.onSupersede && supersedes(about)) options.onSupersede(about.entry);
    else options.onConflict(about.entry);
  });

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const waiting = onWrite;
    onWrite = [];
    return () => waiting.forEach((resolve) => resolve());
  };

  const flush = () => {
    if (timer === undefined) return chain;
    const done = clearTimer();
    return enqueue(write).finally(done);
  };

  return {
    schedule() {
      if (!journal || timer !== undefined) return;
      timer = setTimeout(() => void flush(), throttleMs);
    },
    flush,
    written: () => (timer === undefined ? chain : new Promise((resolve) => onWrite.push(resolve))),
    settle(saved) {
      return enqueue(async () => {
        const current = options.read();
        if (current.version > saved.version) return;
        // Whoever waits for the change to be written hears of it once the other tabs are told.
        const done = clearTimer();
        try {
          if (journal) {
            const existing = await journal.get(clientId);
            // Another tab's unseen entry is theirs to settle.
            if (existing && foreign(existing)) return;
            await journal.remove(clientId);
          }
          known = etag(saved);
          post({ type: 'journal-saved', entry: saved });
        } finally {
          done();
        }
      });
    },
    adopt(entry) {
      known = etag(entry);
      if (entry.tabId !== tabId) seen = known;
      taken = entry.tabId !== tabId && entry.clientId === clientId ? entry : undefined;
    },
    ask() {
      try {
        const lineage = [...(options.lineage?.() ?? [])];
        const query: TabQuery = { type: 'journal-query', clientId, tabId, lineage };
        const current = lineage[lineage.length - 1];
        channel?.postMessage(current === undefined ? query : { ...query, serverId: current });
      } catch (error) {
        options.onError(error);
      }
    },
    announce(to) {
      void enqueue(async () => {
        post({ type: options.isClean?.() ? 'journal-saved' : 'journal-write', entry: options.read(), for: to });
      });
    },
    remove() {
      const done = clearTimer();
      return enqueue(async () => {
        await journal?.remove(clientId);
      }).finally(done);
    },
    dispose() {
      // A pending write still lands: it is the user's latest text.
      void flush();
      channel?.close();
    },
  };
}
