// The IndexedDB journal keeps a long quoted original in a record of its own, written only when it changes.
import 'fake-indexeddb/auto';
import { createStore, entries } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../draft';
import { joinBodyParts } from '../quote/bodyParts';
import { createIndexedDbJournal } from './createIndexedDbJournal';
import type { JournalEntry } from './types';

const quote = (marker: string) =>
  `<blockquote type="cite" data-inkwell-quote=""><blockquote type="cite"><p>${marker}</p></blockquote>${'<p>older text</p>'.repeat(2000)}</blockquote>`;

const entry = (version: number, bodyHtml: string, tabId = 'tab'): JournalEntry => ({
  clientId: 'draft-1',
  version,
  savedVersion: 0,
  tabId,
  updatedAt: version,
  draft: emptyDraft({ subject: 'Re: thread', bodyHtml }),
});

async function storedValues(dbName: string): Promise<Map<string, unknown>> {
  return new Map((await entries(createStore(dbName, 'journal'))) as [string, unknown][]);
}

describe('IndexedDB journal with a long quote', () => {
  it('gives back the whole body, typed text and quote, also to a journal that never saw the quote', async () => {
    const dbName = `quote-apart-${Math.random()}`;
    const body = `<p>Typed above</p>${quote('original')}<p>typed below</p>`;
    await createIndexedDbJournal({ dbName }).put(entry(1, body));
    const fresh = createIndexedDbJournal({ dbName });
    expect((await fresh.get('draft-1'))?.draft.bodyHtml).toBe(body);
    expect((await fresh.listRecoverable()).map((e) => e.draft.bodyHtml)).toEqual([body]);
  });

  it('cuts the quote out of a body the composer joined by its parts, and gives the whole body back', async () => {
    const dbName = `quote-apart-${Math.random()}`;
    // Marked quoted without being a blockquote: only the joined parts say where it is.
    const fake = `<p>${'quoted, not a blockquote '.repeat(1000)}</p>`;
    const body = joinBodyParts([
      { html: '<p>typed</p>', quoted: false },
      { html: fake, quoted: true },
      { html: '<p>below</p>', quoted: false },
    ]);
    await createIndexedDbJournal({ dbName }).put(entry(1, body));
    const stored = (await storedValues(dbName)).get('draft-1') as JournalEntry;
    expect(stored.draft.bodyHtml).toBe('<p>typed</p><p>below</p>');
    expect((await createIndexedDbJournal({ dbName }).get('draft-1'))?.draft.bodyHtml).toBe(body);
  });

  it('stores the entry without the quote, and rewrites the quote only when it changes', async () => {
    const dbName = `quote-apart-${Math.random()}`;
    const journal = createIndexedDbJournal({ dbName });
    const long = quote('original');
    await journal.put(entry(1, `<p>a</p>${long}`));
    const first = await storedValues(dbName);
    const quoteKeyOf = (values: Map<string, unknown>) => [...values.keys()].filter((k) => k.includes('#quote#'));
    expect(quoteKeyOf(first)).toHaveLength(1);
    const stored = first.get('draft-1') as JournalEntry;
    expect(stored.draft.bodyHtml).toBe('<p>a</p>');

    // Typing: the quote record is the same one, and only the entry changes.
    await journal.put(entry(2, `<p>ab</p>${long}`));
    const second = await storedValues(dbName);
    expect(quoteKeyOf(second)).toEqual(quoteKeyOf(first));
    expect((second.get('draft-1') as JournalEntry).draft.bodyHtml).toBe('<p>ab</p>');

    // The quote edited: a new record replaces the old one.
    const edited = quote('edited');
    await journal.put(entry(3, `<p>ab</p>${edited}`));
    const third = await storedValues(dbName);
    expect(quoteKeyOf(third)).toHaveLength(1);
    expect(quoteKeyOf(third)).not.toEqual(quoteKeyOf(first));
    expect((await journal.get('draft-1'))?.draft.bodyHtml).toBe(`<p>ab</p>${edited}`);
  });

  it('reads the quote back from storage when another tab wrote a different one', async () => {
    const dbName = `quote-apart-${Math.random()}`;
    const mine = createIndexedDbJournal({ dbName });
    const theirs = createIndexedDbJournal({ dbName });
    await mine.put(entry(1, `<p>mine</p>${quote('mine')}`));
    await theirs.put(entry(2, `<p>theirs</p>${quote('theirs')}`, 'other-tab'));
    expect((await mine.get('draft-1'))?.draft.bodyHtml).toBe(`<p>theirs</p>${quote('theirs')}`);
  });

  it('keeps short quotes inline and removes every record of a draft', async () => {
    const dbName = `quote-apart-${Math.random()}`;
    const journal = createIndexedDbJournal({ dbName });
    const short = '<p>hi</p><blockquote type="cite"><p>short</p></blockquote>';
    await journal.put(entry(1, short));
    expect(((await storedValues(dbName)).get('draft-1') as JournalEntry).draft.bodyHtml).toBe(short);
    await journal.put(entry(2, `<p>x</p>${quote('q')}`));
    await journal.remove('draft-1');
    expect([...(await storedValues(dbName)).keys()]).toEqual([]);
    expect(await journal.get('draft-1')).toBeUndefined();
  });

  it('does not copy the quote into storage on a write where only the typed text changed', async () => {
    const dbName = `quote-apart-${Math.random()}`;
    const journal = createIndexedDbJournal({ dbName });
    const long = quote('original');
    await journal.put(entry(1, `<p>a</p>${long}`));
    const clone = vi.spyOn(globalThis, 'structuredClone');
    await journal.put(entry(2, `<p>ab</p>${long}`));
    const cloned = clone.mock.calls.map(([value]) => JSON.stringify(value ?? null).length);
    clone.mockRestore();
    // fake-indexeddb clones each stored value: only the small entry was written.
    expect(cloned.length).toBeGreaterThan(0);
    expect(Math.max(...cloned)).toBeLessThan(long.length / 10);
  });
});
