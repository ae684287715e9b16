// Contract: answers lost after the server did the work (faults with phase 'after'), through the real client over
// HTTP. Every non-idempotent call must report an unknown outcome, and the server's state must show the effect.
import { type AxigenClient, type AxigenError, createAxigenClient } from '../support/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/index';
import type { EmulatorServer } from '../../src/node/server';
import { ALICE_LOGIN, advanceClock, loggedIn, outbox, startServer } from './harness';

let server: EmulatorServer;
let alice: AxigenClient;
let folders: { drafts: string; sent: string; scheduled: string };
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.emulator.controls.reset();
  alice = await loggedIn(server);
  const { items } = await alice.listFolders();
  folders = {
    drafts: items.find((f) => f.role === 'drafts')!.id,
    sent: items.find((f) => f.role === 'sent')!.id,
    scheduled: items.find((f) => f.name === 'Scheduled')!.id,
  };
});

const bob = { address: 'bob@inkwell.test' };
const later = () => Math.floor(server.emulator.controls.clock().now / 1000) + 3600;

/** Through the control endpoint, as an integrator's test would. */
async function addFault(rule: FaultRule): Promise<void> {
  const response = await fetch(`${server.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(response.status).toBe(200);
}

const subjectsIn = (folderId: string) =>
  server.emulator
    .snapshot()
    .mails.filter((m) => m.account === 'alice@inkwell.test' && m.folderId === folderId)
    .map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1] ?? '');

interface Case {
  operation: string;
  path: string;
  /** Sets up what the call needs; returns the call. */
  prepare(): Promise<() => Promise<unknown>>;
  /** Checks the server did the work. */
  happened(): Promise<void>;
}

const cases: Case[] = [
  {
    operation: 'createDraft',
    path: '/api/v1/mails',
    prepare: async () => () => alice.createDraft({ subject: 'Lost create', to: [bob] }),
    happened: async () => expect(subjectsIn(folders.drafts)).toContain('Lost create'),
  },
  {
    operation: 'send',
    path: '/api/v1/mails/send',
    prepare: async () => () => alice.send({ subject: 'Lost send', to: [bob] }),
    happened: async () => {
      await advanceClock(server, 11_000);
      expect((await outbox(server)).map((m) => m.subject)).toEqual(['Lost send']);
    },
  },
  {
    operation: 'sendDraft',
    path: '/api/v1/drafts/*/send',
    prepare: async () => {
      const draft = await alice.createDraft({ subject: 'Lost send draft', to: [bob] });
      return () => alice.sendDraft(draft.id);
    },
    happened: async () => {
      expect(subjectsIn(folders.drafts)).not.toContain('Lost send draft');
      await advanceClock(server, 11_000);
      expect((await outbox(server)).map((m) => m.subject)).toEqual(['Lost send draft']);
    },
  },
  {
    operation: 'scheduleSend',
    path: '/api/v1/mails/send/schedule',
    prepare: async () => () => alice.scheduleSend({ subject: 'Lost schedule', to: [bob], deliveryTime: later() }),
    happened: async () => expect(subjectsIn(folders.scheduled)).toEqual(['Lost schedule']),
  },
  {
    operation: 'scheduleSendDraft',
    path: '/api/v1/drafts/*/send/schedule',
    prepare: async () => {
      const draft = await alice.createDraft({ subject: 'Lost schedule draft', to: [bob] });
      return () => alice.scheduleSendDraft(draft.id, later());
    },
    happened: async () => expect(subjectsIn(folders.scheduled)).toEqual(['Lost schedule draft']),
  },
  {
    operation: 'undoSend',
    path: '/api/v1/mails/send/undo',
    prepare: async () => {
      const sent = await alice.send({ subject: 'Lost undo', to: [bob] });
      if (!sent.undoable) throw new Error('expected an undoable send');
      return () => alice.undoSend({ processingId: sent.processingId, mailId: sent.mailId });
    },
    happened: async () => {
      expect(subjectsIn(folders.drafts)).toContain('Lost undo');
      await advanceClock(server, 11_000);
      expect(await outbox(server)).toEqual([]);
    },
  },
  {
    operation: 'uploadTemporaryAttachments',
    path: '/api/v1/temporaryAttachments',
    prepare: async () => () =>
      alice.uploadTemporaryAttachments([new File(['lost upload'], 'lost.txt', { type: 'text/plain' })]),
    happened: async () => expect(server.emulator.snapshot().tempAttachments.map((t) => t.name)).toEqual(['lost.txt']),
  },
];

describe.each<[string, Partial<FaultRule>]>([
  ['answers 500', { status: 500 }],
  ['drops the connection', { drop: true }],
])('the server does the work, then %s', (_label, lose) => {
  it.each(cases.map((c) => [c.operation, c] as const))(
    '%s: outcomeUnknown, never a plain failure; the server shows the effect',
    async (operation, c) => {
      const call = await c.prepare();
      await addFault({ method: 'POST', path: c.path, phase: 'after', times: 1, ...lose });
      const error = (await call().then(
        () => {
          throw new Error('expected the answer to be lost');
        },
        (e: unknown) => e,
      )) as AxigenError;
      expect(error).toMatchObject({
        operation,
        kind: lose.drop ? 'network' : 'http',
        outcomeUnknown: true,
        retryable: false,
        outcome: 'unknown',
      });
      await c.happened();
    },
  );
});

describe('a request that never answers', () => {
  it.each(cases.map((c) => [c.operation, c] as const))(
    '%s: times out with kind "timeout" and outcomeUnknown; the server did the work',
    async (operation, c) => {
      // A small timeout for every call of this client, so the test does not wait for the defaults.
      alice = createAxigenClient({
        baseUrl: server.url,
        timeouts: { default: 300, operations: { uploadTemporaryAttachments: 300 } },
      });
      await alice.login(ALICE_LOGIN);
      const call = await c.prepare();
      await addFault({ method: 'POST', path: c.path, phase: 'after', hang: true, times: 1 });
      const error = await call().catch((e: unknown) => e);
      expect(error).toMatchObject({ operation, kind: 'timeout', outcomeUnknown: true, timeoutMs: 300 });
      await c.happened();
    },
  );

  it('an idempotent read that hangs times out as retryable', async () => {
    await addFault({ method: 'GET', path: '/api/v1/account/info', hang: true, times: 1 });
    const error = await alice.getAccountInfo({ timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', retryable: true, outcomeUnknown: false, outcome: 'retryable' });
    expect(await alice.getAccountInfo()).toMatchObject({ accountName: 'alice' });
  });

  it('a hanging request does not keep the server from closing; the client sees a dropped connection', async () => {
    const own = await startServer();
    const client = createAxigenClient({ baseUrl: own.url, timeouts: { default: 0 } });
    await client.login(ALICE_LOGIN);
    own.emulator.controls.addFault({ path: '/api/v1/account/info', hang: true });
    const pending = client.getAccountInfo().catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await own.close();
    expect(await pending).toMatchObject({ kind: 'network', retryable: true });
  });
});
