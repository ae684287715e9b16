import { createStore, del, delMany, entries, get, keys, set, setMany } from 'idb-keyval';
import { splitAtLongQuotes } from '../quote/longQuotedBlocks';
import type { DraftJournal, JournalEntry } from './types';

export interface IndexedDbJournalOptions {
  /** @default 'inkwell-drafts' */
  dbName?: string;
  /** @default 'journal' */
  storeName?: string;
}

/** Where the quote was cut out of the stored entry's body, and which version of it the quote record holds. */
interface QuoteRef {
  at: number;
  token: string;
}

type StoredEntry = JournalEntry & { quote?: QuoteRef };

/** One record per version of a draft's quote: a tab never overwrites the quote another tab's entry refers to. */
const quoteKey = (clientId: string, token: string) => `${clientId}#quote#${token}`;
/** A kept file of the draft's attachment list: written once when added, not with each entry. */
const fileKey = (clientId: string, localId: string) => `${clientId}#file#${localId}`;

/**
 * The journal in IndexedDB (idb-keyval): survives reloads and crashes, shared by the tabs of one origin.
 * The store is opened lazily, so creating a journal where IndexedDB is missing fails only on use.
 *
 * A long quoted original (a reply to a long thread) is text the user did not type, yet the entry is rewritten
 * every few hundred milliseconds while they type: it is kept in a record of its own, written (in the same
 * transaction as the entry) only when it changes, and read back only when this journal does not hold it already.
 * Writes then cost the typed part, whatever the quote's size.
 */
export function createIndexedDbJournal(options: IndexedDbJournalOptions = {}): DraftJournal {
  let store: ReturnType<typeof createStore> | undefined;
  const openStore = () => (store ??= createStore(options.dbName ?? 'inkwell-drafts', options.storeName ?? 'journal'));
  /** The quote last written or read per draft, and its token. */
  const quotes = new Map<string, { token: string; html: string }>();

  const assemble = (stored: StoredEntry, quoteHtml: string): JournalEntry => {
    const { quote, ...entry } = stored;
    if (!quote) return entry;
    const body = entry.draft.bodyHtml;
    return {
      ...entry,
      draft: { ...entry.draft, bodyHtml: body.slice(0, quote.at) + quoteHtml + body.slice(quote.at) },
    };
  };

  return {
    get: async (clientId) => {
      const stored = await get<StoredEntry>(clientId, openStore());
      if (!stored?.quote) return stored;
      const known = quotes.get(clientId);
      if (known?.token === stored.quote.token) return assemble(stored, known.html);
      const html = (await get<string>(quoteKey(clientId, stored.quote.token), openStore())) ?? '';
      quotes.set(clientId, { token: stored.quote.token, html });
      return assemble(stored, html);
    },
    put: async (entry) => {
      // The body's first long quoted block (see splitAtLongQuotes) is the one kept apart.
      const parts = splitAtLongQuotes(entry.draft.bodyHtml);
      const index = parts.findIndex((p) => p.quoted);
      const block = parts[index];
      if (!block) {
        quotes.delete(entry.clientId);
        await set(entry.clientId, entry, openStore());
        return;
      }
      const { html } = block;
      const known = quotes.get(entry.clientId);
      const token = known?.html === html ? known.token : `${entry.tabId}:${entry.version}:${entry.updatedAt}`;
      const before = parts
        .slice(0, index)
        .map((p) => p.html)
        .join('');
      const stored: StoredEntry = {
        ...entry,
        draft: {
          ...entry.draft,
          bodyHtml:
            before +
            parts
              .slice(index + 1)
              .map((p) => p.html)
              .join(''),
        },
        quote: { at: before.length, token },
      };
      if (known?.token === token) {
        await set(entry.clientId, stored, openStore());
      } else {
        await setMany(
          [
            [quoteKey(entry.clientId, token), html],
            [entry.clientId, stored],
          ],
          openStore(),
        );
        quotes.set(entry.clientId, { token, html });
        // This tab's previous version of the quote; the entry no longer refers to it.
        if (known) await del(quoteKey(entry.clientId, known.token), openStore());
      }
    },
    remove: async (clientId) => {
      quotes.delete(clientId);
      // Its quotes and files.
      const prefix = `${clientId}#`;
      const kept = (await keys(openStore())).filter((k) => typeof k === 'string' && k.startsWith(prefix));
      await delMany([clientId, ...kept], openStore());
    },
    putFile: (clientId, localId, file) => set(fileKey(clientId, localId), file, openStore()),
    // Only what reads back as a file (a runtime that cannot store one gives back a plain object).
    getFile: (clientId, localId) =>
      get<unknown>(fileKey(clientId, localId), openStore()).then((file) => (file instanceof Blob ? file : undefined)),
    removeFile: (clientId, localId) => del(fileKey(clientId, localId), openStore()),
    listRecoverable: async () => {
      const all = new Map(await entries<IDBValidKey, unknown>(openStore()));
      return [...all.values()]
        .filter(isEntry)
        .map((stored) => {
          const quote = stored.quote ? all.get(quoteKey(stored.clientId, stored.quote.token)) : undefined;
          return assemble(stored, typeof quote === 'string' ? quote : '');
        })
        .sort((a, b) => b.updatedAt - a.updatedAt);
    },
  };
}

// Another version of the app may have written other shapes into the same store: skip them.
function isEntry(value: unknown): value is StoredEntry {
  return typeof value === 'object' && value !== null && 'clientId' in value && 'draft' in value && 'version' in value;
}
