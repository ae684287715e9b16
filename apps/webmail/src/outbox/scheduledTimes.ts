// The API lists a mail in Scheduled with the date it was saved, never the time it is due (reference §4: `date` is the
// server's internal date), so the times this device scheduled are kept here, per account, for Scheduled to show.

export interface ScheduledTimes {
  /** Unix seconds, when this device scheduled the mail. */
  get(mailId: string): number | undefined;
  set(mailId: string, deliveryTime: number): void;
  forget(mailId: string): void;
  /** Changes here and in the other tabs of the app. */
  subscribe(listener: () => void): () => void;
}

const KEY = 'inkwell-webmail:scheduled-times:';
/** A day after its time a mail has gone out (or failed): its time is dropped, so the record does not only grow. */
const KEEP_AFTER_MS = 24 * 3600_000;

export function createScheduledTimes(
  account: string,
  storage: Storage | null,
  now: () => number = Date.now,
): ScheduledTimes {
  const key = KEY + account;
  const listeners = new Set<() => void>();
  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  const read = (): Record<string, number> => {
    let stored: unknown;
    try {
      stored = JSON.parse(storage?.getItem(key) ?? '{}');
    } catch {
      return {};
    }
    const times: Record<string, number> = {};
    if (typeof stored !== 'object' || stored === null) return times;
    for (const [mailId, time] of Object.entries(stored)) {
      if (typeof time === 'number' && time * 1000 > now() - KEEP_AFTER_MS) times[mailId] = time;
    }
    return times;
  };
  let times = read();
  const write = (next: Record<string, number>) => {
    times = next;
    try {
      storage?.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or blocked: this tab still shows the time until it closes.
    }
    tell();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key) return;
    times = read();
    tell();
  };
  return {
    get: (mailId) => times[mailId],
    set(mailId, deliveryTime) {
      if (times[mailId] !== deliveryTime) write({ ...times, [mailId]: deliveryTime });
    },
    forget(mailId) {
      if (!(mailId in times)) return;
      const { [mailId]: _gone, ...rest } = times;
      write(rest);
    },
    subscribe(listener) {
      if (listeners.size === 0) globalThis.addEventListener?.('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) globalThis.removeEventListener?.('storage', onStorage);
      };
    },
  };
}
