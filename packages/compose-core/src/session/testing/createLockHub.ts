import type { PartLocks } from '../../attachments/types';

interface Waiter {
  tab: LockTab;
  grant: () => void;
}

/** One tab of a `createLockHub`: its locks, and `crash()`, which lets them go as a browser does for a dead tab. */
export interface LockTab {
  locks: PartLocks;
  crash(): void;
}

/**
 * Web Locks stand-in for tests: the tabs of one hub share exclusive locks by name. A lock is held until its
 * callback's promise ends; `ifAvailable` gets `null` at once where another holds or waits for it; `signal` withdraws a
 * waiting request.
 */
export function createLockHub(): { tab(): LockTab; waiting(): number } {
  const holders = new Map<string, { token: symbol; tab: LockTab }>();
  const waiters = new Map<string, Waiter[]>();
  const grantNext = (name: string) => {
    holders.delete(name);
    waiters.get(name)?.shift()?.grant();
  };
  return {
    /** Requests waiting for a lock, in every tab. */
    waiting: () => [...waiters.values()].reduce((sum, queue) => sum + queue.length, 0),
    tab() {
      let crashed = false;
      const tab: LockTab = {
        locks: {
          request(name, options, callback) {
            return new Promise((resolve, reject) => {
              if (crashed) return;
              const run = () => {
                const token = Symbol(name);
                holders.set(name, { token, tab });
                Promise.resolve()
                  .then(() => callback({ name }))
                  .then(resolve, reject)
                  .finally(() => {
                    if (holders.get(name)?.token === token) grantNext(name);
                  });
              };
              const queue = waiters.get(name) ?? [];
              waiters.set(name, queue);
              if (!holders.has(name) && queue.length === 0) run();
              else if (options.ifAvailable)
                Promise.resolve()
                  .then(() => callback(null))
                  .then(resolve, reject);
              else {
                const waiter = { tab, grant: run };
                queue.push(waiter);
                options.signal?.addEventListener('abort', () => {
                  const at = queue.indexOf(waiter);
                  if (at < 0) return;
                  queue.splice(at, 1);
                  reject(new DOMException('The request was aborted.', 'AbortError'));
                });
              }
            });
          },
        },
        crash() {
          crashed = true;
          for (const [name, queue] of waiters)
            waiters.set(
              name,
              queue.filter((w) => w.tab !== tab),
            );
          for (const [name, holder] of [...holders]) if (holder.tab === tab) grantNext(name);
        },
      };
      return tab;
    },
  };
}
