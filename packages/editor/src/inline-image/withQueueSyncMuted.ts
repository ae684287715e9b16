import type { InlineImageStorage } from './types';

/**
 * Runs a queue change whose document side the calling command does in its own transaction; the queue listener
 * must not dispatch a second, conflicting one meanwhile.
 */
export function withQueueSyncMuted<T>(storage: InlineImageStorage, change: () => T): T {
  storage.muteQueueSync = true;
  try {
    return change();
  } finally {
    storage.muteQueueSync = false;
  }
}
