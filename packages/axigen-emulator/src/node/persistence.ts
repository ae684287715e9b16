// Keeps `--data DIR` in step with the emulator: load once on start, write after changes, coalescing bursts.
import type { Emulator } from '../index';
import { encodeSnapshot, readSnapshotFile, writeSnapshotFile } from './snapshot-file';

export interface Persistence {
  /**
   * Resolves once every change made before the call is on disk. Concurrent callers share writes: a burst of
   * changes costs one write, plus at most one more for changes that arrive during it.
   */
  flush(): Promise<void>;
  /** Flushes, then stops following the emulator. */
  close(): Promise<void>;
}

export interface PersistenceOptions {
  log?: (line: string) => void;
  /** Clock for the file's `savedAt` stamp. */
  now?: () => Date;
}

/** Restores `dir`'s saved state into `emulator` (if any), then persists every later change there. */
export async function persistEmulator(
  emulator: Pick<Emulator, 'snapshot' | 'restore' | 'subscribe'>,
  dir: string,
  options: PersistenceOptions = {},
): Promise<Persistence> {
  const log = options.log ?? ((line: string) => console.error(line));
  const now = options.now ?? (() => new Date());
  const saved = await readSnapshotFile(dir);
  if (saved) emulator.restore(saved);

  let dirty = saved === undefined; // a fresh directory gets the initial (seeded) state at once
  let writing: Promise<void> | undefined;

  async function flush(): Promise<void> {
    while (dirty || writing) {
      if (writing) {
        await writing;
        continue;
      }
      dirty = false;
      const data = encodeSnapshot(emulator.snapshot(), now());
      writing = writeSnapshotFile(dir, data)
        .catch((error: unknown) => {
          dirty = true; // retried by the next flush
          throw error;
        })
        .finally(() => {
          writing = undefined;
        });
      await writing;
    }
  }

  // Changes that no request waits for (deliveries on the timer) are written in the background.
  const unsubscribe = emulator.subscribe(() => {
    dirty = true;
    setImmediate(() => {
      flush().catch((error: unknown) => log(`[axigen-emulator] could not save state to ${dir}: ${String(error)}`));
    });
  });
  await flush();

  return {
    flush,
    async close() {
      unsubscribe();
      await flush();
    },
  };
}
