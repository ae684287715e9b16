// The initial state: the demo accounts, with their seeded mails or with empty mailboxes.
import type { EmulatorState } from './types';
import { seedData } from '../seed';

// 2024-01-01T00:00:00Z. New ids count from the tenths of a second since then.
const ID_EPOCH_MS = 1_704_067_200_000;

/**
 * The first number new ids (mail uids, processing ids, temporary-attachment ids) count from: it grows with the
 * time the state was made, so a restart or reset without `--data` never hands out an id an earlier run gave a
 * client (a journal that still holds it would otherwise reach a different mail). An earlier run would have had to
 * create more than ten ids a second, on average over its whole life, to reach the next run's first id.
 */
export function idBaseAt(nowMs: number): number {
  return Math.max(1, Math.floor((nowMs - ID_EPOCH_MS) / 100));
}

export function initialState(seed: boolean, nowMs: number): EmulatorState {
  const data = seedData(seed);
  const base = idBaseAt(nowMs);
  // Seed mails keep their small, deterministic uids; mails made from now on start above the base.
  for (const account of data.accounts) {
    for (const folder of account.folders) folder.uidNext = Math.max(folder.uidNext, base);
  }
  return {
    version: 1,
    clockOffsetMs: 0,
    serial: 0,
    nextProcessingId: Math.max(1001, base),
    nextTempAttachmentId: base,
    nextOutboxId: 1,
    nextFaultId: 1,
    accounts: data.accounts,
    mails: data.mails,
    tempAttachments: [],
    queue: [],
    outbox: [],
    sessions: [],
    faults: [],
  };
}

/** A reset keeps counting where the old state was: ids handed out before it are not handed out again. */
export function keepIdCounters(previous: EmulatorState, next: EmulatorState): EmulatorState {
  next.nextProcessingId = Math.max(next.nextProcessingId, previous.nextProcessingId);
  next.nextTempAttachmentId = Math.max(next.nextTempAttachmentId, previous.nextTempAttachmentId);
  for (const account of next.accounts) {
    const before = previous.accounts.find((a) => a.name === account.name && a.domain === account.domain);
    for (const folder of account.folders) {
      const old = before?.folders.find((f) => f.id === folder.id);
      if (old) folder.uidNext = Math.max(folder.uidNext, old.uidNext);
    }
  }
  return next;
}
