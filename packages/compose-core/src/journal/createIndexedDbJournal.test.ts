import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../draft';
import { createIndexedDbJournal } from './createIndexedDbJournal';
import { createMemoryJournal } from './createMemoryJournal';
import type { JournalEntry } from './types';

const entry = (clientId: string, updatedAt: number, subject = clientId): JournalEntry => ({
  clientId,
  version: 1,
  savedVersion: 0,
  tabId: 'tab',
  updatedAt,
  draft: emptyDraft({ subject, to: [{ name: 'Bob', address: 'bob@inkwell.test' }] }),
});

describe.each([
  ['IndexedDB', () => createIndexedDbJournal({ dbName: `idb-journal-${Math.random()}` })],
  ['memory', () => createMemoryJournal()],
])('%s journal', (_name, create) => {
  it('stores, lists newest first, and removes entries', async () => {
    const journal = create();
    await journal.put(entry('a', 1));
    await journal.put(entry('b', 3));
    await journal.put(entry('c', 2));
    expect((await journal.get('b'))?.draft).toMatchObject({ subject: 'b', to: [{ address: 'bob@inkwell.test' }] });
    expect((await journal.listRecoverable()).map((e) => e.clientId)).toEqual(['b', 'c', 'a']);
    await journal.remove('b');
    expect(await journal.get('b')).toBeUndefined();
    expect((await journal.listRecoverable()).map((e) => e.clientId)).toEqual(['c', 'a']);
  });

  it('hands out copies, not the stored object', async () => {
    const journal = create();
    const original = entry('x', 1, 'before');
    await journal.put(original);
    original.draft.subject = 'mutated';
    const read = await journal.get('x');
    expect(read?.draft.subject).toBe('before');
  });
});

it('skips values of another shape in the same IndexedDB store', async () => {
  const dbName = `idb-journal-foreign-${Math.random()}`;
  const journal = createIndexedDbJournal({ dbName });
  await journal.put(entry('mine', 1));
  await set('foreign', { hello: 'world' }, createStore(dbName, 'journal'));
  expect((await journal.listRecoverable()).map((e) => e.clientId)).toEqual(['mine']);
});
