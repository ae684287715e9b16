import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIndexedDbJournal } from '../journal/createIndexedDbJournal';
import { createMemoryJournal } from '../journal/createMemoryJournal';
import { advance, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';
import { createChannelHub } from './testing/createChannelHub';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

let dbCounter = 0;
const freshJournal = () => createIndexedDbJournal({ dbName: `journal-test-${(dbCounter += 1)}` });

describe('local journal', () => {
  it('brings back text, recipients and attachments after a crash before any server save', async () => {
    const h = await createHarness();
    const journal = freshJournal();
    const first = h.open({ intent: { kind: 'new' }, journal, clientId: 'crash-1' });
    await first.ready;
    await settle();
    first.attachments.add(new File(['report'], 'report.txt', { type: 'text/plain' }));
    await settle();
    first.update({ to: [BOB], subject: 'Quarterly numbers' });
    first.setBodyHtml('<p>Dear Bob, the numbers are in.</p>');
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    // The tab dies: no dispose, no save, its timers gone.
    vi.clearAllTimers();
    expect(h.count('POST', '/api/v1/mails')).toBe(0);

    const [listed] = await journal.listRecoverable();
    expect(listed).toMatchObject({ clientId: 'crash-1', draft: { subject: 'Quarterly numbers' } });

    const second = h.open({ intent: { kind: 'new' }, journal, clientId: 'crash-1' });
    await second.ready;
    const snapshot = second.getSnapshot();
    expect(snapshot.recovered).toBe(true);
    expect(snapshot.state).toBe('dirty');
    expect(snapshot.draft.to).toEqual([BOB]);
    expect(snapshot.draft.subject).toBe('Quarterly numbers');
    expect(snapshot.draft.bodyHtml).toBe('<p>Dear Bob, the numbers are in.</p>');
    expect(snapshot.draft.attachments.map((a) => [a.name, a.state])).toEqual([['report.txt', 'uploaded']]);

    // It autosaves, and once the server has this version the journal entry goes.
    await advance(2500);
    expect(second.getSnapshot().state).toBe('saved');
    const saved = await h.client.getMail(second.getSnapshot().serverId as string);
    expect(saved.subject).toBe('Quarterly numbers');
    expect(saved.attachments.map((a) => a.name)).toEqual(['report.txt']);
    await settle();
    expect(await journal.get('crash-1')).toBeUndefined();
    second.dispose();
  });

  it('brings back an interrupted upload as failed with a reason, not silently dropped', async () => {
    const h = await createHarness();
    const journal = freshJournal();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 60_000 });
    const first = h.open({ intent: { kind: 'new' }, journal, clientId: 'crash-2' });
    await first.ready;
    first.attachments.add(new File(['big'], 'slides.pdf', { type: 'application/pdf' }));
    first.update({ subject: 'Slides' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    vi.clearAllTimers();

    const second = h.open({ intent: { kind: 'new' }, journal, clientId: 'crash-2' });
    await second.ready;
    const [entry] = second.getSnapshot().draft.attachments;
    expect(entry).toMatchObject({ name: 'slides.pdf', state: 'failed' });
    expect(entry?.error).toMatch(/interrupted/);
    second.dispose();
  });

  it('keeps the entry while newer edits are not on the server, linked to the server id', async () => {
    const h = await createHarness();
    const journal = freshJournal();
    const session = h.open({ intent: { kind: 'new' }, journal, clientId: 'link-1' });
    await session.ready;
    session.update({ subject: 'v1' });
    await advance(2100);
    await settle();
    expect(await journal.get('link-1')).toBeUndefined();
    // Offline edits stay journaled, linked to the server draft.
    h.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', status: 503 });
    session.update({ subject: 'v2' });
    await advance(2500);
    const entry = await journal.get('link-1');
    expect(entry).toMatchObject({
      serverId: session.getSnapshot().serverId,
      version: 2,
      savedVersion: 1,
      draft: { subject: 'v2' },
    });
    session.dispose();
  });

  it('reports a journal that cannot be written, and clears it once writing works again', async () => {
    const h = await createHarness();
    const journal = createMemoryJournal();
    const put = vi.spyOn(journal, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const session = h.open({ intent: { kind: 'new' }, journal });
    await session.ready;
    session.update({ subject: 'first' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    expect(session.getSnapshot().journalError).toBe('The draft cannot be kept on this device: QuotaExceededError');
    session.update({ subject: 'second' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    expect(session.getSnapshot().journalError).toBeUndefined();
    expect(put).toHaveBeenCalledTimes(2);
    session.dispose();
  });

  it('puts the second of two tabs editing one draft into conflict and lets the user choose', async () => {
    const h = await createHarness();
    const journal = freshJournal();
    const hub = createChannelHub();
    const tabA = h.open({ intent: { kind: 'new' }, journal, clientId: 'shared', broadcastChannel: hub });
    const tabB = h.open({ intent: { kind: 'new' }, journal, clientId: 'shared', broadcastChannel: hub });
    await Promise.all([tabA.ready, tabB.ready]);
    tabA.update({ subject: 'from A' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    expect(tabB.getSnapshot().conflict).toMatchObject({ theirVersion: 1, theirs: { subject: 'from A' } });
    expect(tabA.getSnapshot().conflict).toBeUndefined();

    // B typed too: its edit is kept locally but neither journaled nor saved until the user chooses. A autosaves.
    tabB.update({ subject: 'from B' });
    await advance(3000);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(tabA.getSnapshot().state).toBe('saved');
    const savedByA = tabA.getSnapshot().serverId;
    expect(await journal.get('shared')).toBeUndefined();
    expect(tabB.getSnapshot().draft.subject).toBe('from B');
    expect(tabB.getSnapshot().conflict?.theirs.subject).toBe('from A');

    tabB.resolveConflict('theirs');
    const b = tabB.getSnapshot();
    expect(b.conflict).toBeUndefined();
    expect(b.draft.subject).toBe('from A');
    expect(b.serverId).toBe(savedByA);
    expect(b.state).toBe('saved');
    tabA.dispose();
    tabB.dispose();
  });

  it('detects the other tab at write time when there is no BroadcastChannel; "mine" wins over it', async () => {
    const h = await createHarness();
    const journal = freshJournal();
    const tabA = h.open({ intent: { kind: 'new' }, journal, clientId: 'shared-2' });
    const tabB = h.open({ intent: { kind: 'new' }, journal, clientId: 'shared-2' });
    await Promise.all([tabA.ready, tabB.ready]);
    tabA.update({ subject: 'A1' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    tabB.update({ subject: 'B1' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    expect(tabB.getSnapshot().conflict?.theirs.subject).toBe('A1');
    expect((await journal.get('shared-2'))?.draft.subject).toBe('A1');

    tabA.dispose();
    tabB.resolveConflict('mine');
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    expect(await journal.get('shared-2')).toMatchObject({ version: 2, draft: { subject: 'B1' } });
    await advance(2500);
    expect(tabB.getSnapshot().state).toBe('saved');
    expect((await h.client.getMail(tabB.getSnapshot().serverId as string)).subject).toBe('B1');
    tabB.dispose();
  });
});
