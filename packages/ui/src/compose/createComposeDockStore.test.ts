import { createComposeDockStore, dockedIntent } from './createComposeDockStore';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('createComposeDockStore', () => {
  it('opens, lays out and closes windows, telling subscribers', () => {
    let n = 0;
    const store = createComposeDockStore({ storage: null, createId: () => `w${++n}` });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().length));
    const a = store.open({ kind: 'new' });
    const b = store.open({ kind: 'reply', mailId: 'm1' });
    store.setLayout(a, 'minimized');
    expect(store.getSnapshot()).toEqual([
      { id: 'w1', intent: { kind: 'new' }, layout: 'minimized' },
      { id: 'w2', intent: { kind: 'reply', mailId: 'm1' }, layout: 'docked' },
    ]);
    store.close(b);
    expect(store.getSnapshot().map((w) => w.id)).toEqual(['w1']);
    expect(seen).toEqual([1, 2, 2, 1]);
  });

  it('brings back the window already open for the same mail instead of a second one', () => {
    const store = createComposeDockStore({ storage: null });
    const first = store.open({ kind: 'forward', mailId: 'm9' });
    store.setLayout(first, 'minimized');
    expect(store.open({ kind: 'forward', mailId: 'm9' })).toBe(first);
    expect(store.getSnapshot()).toHaveLength(1);
    expect(store.getSnapshot()[0]?.layout).toBe('docked');
    // Two new messages are two windows.
    store.open({ kind: 'new' });
    store.open({ kind: 'new' });
    expect(store.getSnapshot()).toHaveLength(3);
  });

  it('gives a saved draft the session id `mail:<id>`, the same in every tab', () => {
    const one = createComposeDockStore({ storage: null });
    const two = createComposeDockStore({ storage: null });
    expect(one.open({ kind: 'draft', mailId: 'd7' })).toBe('mail:d7');
    expect(two.open({ kind: 'draft', mailId: 'd7' })).toBe('mail:d7');
  });

  it('keeps windows per account: another account on this browser sees none, and draft ids name the account', () => {
    const storage = memoryStorage();
    const alice = createComposeDockStore({ storage, account: 'Alice@inkwell.test', createId: () => 'a-new' });
    expect(alice.open({ kind: 'draft', mailId: 'd7' })).toBe('mail:alice@inkwell.test:d7');
    alice.open({ kind: 'new' });
    const bob = createComposeDockStore({ storage, account: 'bob@inkwell.test' });
    expect(bob.getSnapshot()).toEqual([]);
    expect(bob.open({ kind: 'draft', mailId: 'd7' })).toBe('mail:bob@inkwell.test:d7');
    // Alice's windows come back when she signs in again.
    const again = createComposeDockStore({ storage, account: 'alice@inkwell.test' });
    expect(again.getSnapshot().map((item) => item.id)).toEqual(['mail:alice@inkwell.test:d7', 'a-new']);
  });

  it('remembers the draft a window saved to: shown again from it, and found when that draft is opened', () => {
    const storage = memoryStorage();
    const store = createComposeDockStore({ storage, account: 'alice@inkwell.test', createId: () => 'w1' });
    store.open({ kind: 'new' });
    store.linkDraft('w1', 'd1');
    store.linkDraft('w1', 'd2');
    store.linkDraft('gone', 'd3');
    const [item] = createComposeDockStore({ storage, account: 'alice@inkwell.test' }).getSnapshot();
    expect(item).toMatchObject({ id: 'w1', intent: { kind: 'new' }, draftId: 'd2' });
    expect(dockedIntent(item!)).toEqual({ kind: 'draft', mailId: 'd2' });
    // Opening that draft from Drafts brings this window back rather than a second one.
    expect(store.open({ kind: 'draft', mailId: 'd2' })).toBe('w1');
    expect(store.getSnapshot()).toHaveLength(1);
  });

  it('comes back after a reload from storage, ignoring damaged entries', () => {
    const storage = memoryStorage();
    const before = createComposeDockStore({ storage, createId: () => 'kept' });
    before.open({ kind: 'forward', mailId: 'd1' });
    storage.setItem('inkwell.dock', JSON.stringify([...JSON.parse(storage.getItem('inkwell.dock')!), { id: 3 }]));
    const after = createComposeDockStore({ storage });
    expect(after.getSnapshot()).toEqual([{ id: 'kept', intent: { kind: 'forward', mailId: 'd1' }, layout: 'docked' }]);
    storage.setItem('inkwell.dock', '{not json');
    expect(createComposeDockStore({ storage }).getSnapshot()).toEqual([]);
  });
});
