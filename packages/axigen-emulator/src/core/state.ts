// The initial state: the demo accounts, with their seeded mails or with empty mailboxes.
import type { EmulatorState } from './types';
import { seedData } from '../seed';

export function initialState(seed: boolean): EmulatorState {
  const data = seedData(seed);
  return {
    version: 1,
    clockOffsetMs: 0,
    serial: 0,
    nextProcessingId: 1001,
    nextTempAttachmentId: 1,
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
