// Test harness: sessions over a real client and the in-process emulator, sharing one outbox and journal.
import { createMemoryJournal } from '../../journal/createMemoryJournal';
import type { DraftJournal } from '../../journal/types';
import { createSendOutbox } from '../../outbox/createSendOutbox';
import type { SendOutbox } from '../../outbox/types';
import { createComposeSession } from '../createComposeSession';
import type { ComposeSession, ComposeSessionOptions } from '../types';
import { ALICE, createTestClient, type TestClient } from './createTestClient';

export { ALICE, BOB } from './createTestClient';
export { advance, FAKE_TIMERS, settle } from './settle';

export interface Harness extends TestClient {
  outbox: SendOutbox;
  journal: DraftJournal;
  open(options: Partial<ComposeSessionOptions> & Pick<ComposeSessionOptions, 'intent'>): ComposeSession;
}

export async function createHarness(options: { serverVersion?: 'X4' | 'X5' } = {}): Promise<Harness> {
  const base = await createTestClient(options);
  const outbox = createSendOutbox({ client: base.client, now: () => Date.now() });
  const journal = createMemoryJournal();
  return {
    ...base,
    outbox,
    journal,
    open: (sessionOptions) =>
      createComposeSession({
        client: base.client,
        identity: { from: ALICE, ownAddresses: [ALICE.address] },
        journal,
        outbox,
        broadcastChannel: null,
        timeZone: 'Europe/Berlin',
        ...sessionOptions,
      }),
  };
}
