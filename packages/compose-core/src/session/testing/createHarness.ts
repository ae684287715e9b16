// Test harness: sessions over a real client and the in-process emulator, sharing one outbox and journal.
import { createMemoryJournal } from '../../journal/createMemoryJournal';
import type { DraftJournal } from '../../journal/types';
import { createSendOutbox } from '../../outbox/createSendOutbox';
import type { SendOutbox } from '../../outbox/types';
import { createComposeSession } from '../createComposeSession';
import type { ComposeSession, ComposeSessionOptions } from '../types';
import { ALICE, createTestClient, type TestClient } from './createTestClient';
import { createMemoryStorage } from './createMemoryStorage';

export { ALICE, BOB } from './createTestClient';
export { advance, FAKE_TIMERS, settle } from './settle';

export interface Harness extends TestClient {
  outbox: SendOutbox;
  journal: DraftJournal;
  /** The page-hide / open-views storage every session of this harness shares (one "browser profile"). */
  pageStorage: ReturnType<typeof createMemoryStorage>;
  /** Ids of the mails in a folder of Alice's (by role, or 'scheduled'), leaving out the seeded ones. */
  folder(kind: 'drafts' | 'sent' | 'scheduled'): Promise<string[]>;
  open(options: Partial<ComposeSessionOptions> & Pick<ComposeSessionOptions, 'intent'>): ComposeSession;
}

export async function createHarness(options: { serverVersion?: 'X4' | 'X5' } = {}): Promise<Harness> {
  const base = await createTestClient(options);
  const outbox = createSendOutbox({ client: base.client, now: () => Date.now() });
  const journal = createMemoryJournal();
  const pageStorage = createMemoryStorage();
  const list = async (kind: 'drafts' | 'sent' | 'scheduled') => {
    const { items } = await base.client.listFolders();
    const folder = items.find((f) => (kind === 'scheduled' ? f.name === 'Scheduled' : f.role === kind));
    if (!folder) throw new Error(`no ${kind} folder`);
    return (await base.client.listMails(folder.id, { limit: 100 })).items.map((m) => m.id);
  };
  const seeded = new Set([...(await list('drafts')), ...(await list('sent')), ...(await list('scheduled'))]);
  base.requests.length = 0;
  return {
    ...base,
    outbox,
    journal,
    pageStorage,
    folder: async (kind) => (await list(kind)).filter((id) => !seeded.has(id)),
    open: (sessionOptions) =>
      createComposeSession({
        client: base.client,
        identity: { from: ALICE, ownAddresses: [ALICE.address] },
        journal,
        outbox,
        broadcastChannel: null,
        locks: null,
        pageStorage,
        timeZone: 'Europe/Berlin',
        ...sessionOptions,
      }),
  };
}
