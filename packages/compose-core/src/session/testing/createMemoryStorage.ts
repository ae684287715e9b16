import type { PageStorage } from '../../journal/pageRecords';

/** Web Storage in memory, one per test (jsdom's localStorage lives as long as the test file). */
export function createMemoryStorage(): PageStorage & { keys(): string[] } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    keys: () => [...items.keys()],
  };
}
