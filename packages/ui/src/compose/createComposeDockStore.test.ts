import { createComposeDockStore } from './createComposeDockStore';

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
