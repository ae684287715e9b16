import { createScheduledTimes } from './scheduledTimes';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const seconds = (iso: string) => Date.parse(iso) / 1000;

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('createScheduledTimes', () => {
  it('keeps each time per account across reloads, and forgets one on request', () => {
    const storage = memoryStorage();
    const alice = createScheduledTimes('alice@inkwell.test', storage, () => NOW);
    alice.set('m1', seconds('2026-12-03T08:00:00Z'));
    alice.set('m2', seconds('2026-12-04T08:00:00Z'));
    alice.forget('m2');
    const reloaded = createScheduledTimes('alice@inkwell.test', storage, () => NOW);
    expect(reloaded.get('m1')).toBe(seconds('2026-12-03T08:00:00Z'));
    expect(reloaded.get('m2')).toBeUndefined();
    expect(createScheduledTimes('bob@inkwell.test', storage, () => NOW).get('m1')).toBeUndefined();
  });

  it('drops a time a day after it passed, and reads a damaged record as empty', () => {
    const storage = memoryStorage();
    const times = createScheduledTimes('alice@inkwell.test', storage, () => NOW);
    times.set('gone', seconds('2026-12-01T09:59:00Z'));
    times.set('just-past', seconds('2026-12-01T10:01:00Z'));
    const later = createScheduledTimes('alice@inkwell.test', storage, () => NOW);
    expect(later.get('gone')).toBeUndefined();
    expect(later.get('just-past')).toBe(seconds('2026-12-01T10:01:00Z'));
    storage.setItem('inkwell-webmail:scheduled-times:alice@inkwell.test', '{not json');
    expect(createScheduledTimes('alice@inkwell.test', storage, () => NOW).get('just-past')).toBeUndefined();
  });

  it('tells its listeners of changes here and in other tabs, and keeps a time in the tab when storage is full', () => {
    const storage = memoryStorage();
    const times = createScheduledTimes('alice@inkwell.test', storage, () => NOW);
    const listener = vi.fn();
    const stop = times.subscribe(listener);
    times.set('m1', seconds('2026-12-03T08:00:00Z'));
    expect(listener).toHaveBeenCalledTimes(1);
    // Another tab writes the record.
    const key = 'inkwell-webmail:scheduled-times:alice@inkwell.test';
    storage.setItem(key, JSON.stringify({ m1: seconds('2026-12-03T08:00:00Z'), m9: seconds('2026-12-05T08:00:00Z') }));
    window.dispatchEvent(new StorageEvent('storage', { key }));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(times.get('m9')).toBe(seconds('2026-12-05T08:00:00Z'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something else' }));
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    times.set('m2', seconds('2026-12-06T08:00:00Z'));
    expect(times.get('m2')).toBe(seconds('2026-12-06T08:00:00Z'));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
