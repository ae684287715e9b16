import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIndexedDbJournal } from '../journal/createIndexedDbJournal';
import { createMemoryJournal } from '../journal/createMemoryJournal';
import { advance, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';
import { createChannelHub } from './testing/createChannelHub';
import { createLockHub } from './testing/createLockHub';
import { AUTOSAVE_MAX_WAIT_MS } from './createAutosave';
import type { ComposeSession } from './types';

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

  /** A tab that attaches slides.pdf (its upload never ends), writes, waits `ms`, and dies; then the next tab's view. */
  async function crashDuringUpload(clientId: string, ms: number) {
    const h = await createHarness();
    const journal = createMemoryJournal();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', hang: true, times: 1 });
    const first = h.open({ intent: { kind: 'new' }, journal, clientId });
    await first.ready;
    first.attachments.add(new File(['the slides'], 'slides.pdf', { type: 'application/pdf' }));
    first.update({ to: [BOB], subject: 'Slides' });
    await advance(ms);
    expect(first.getSnapshot().draft.attachments.map((a) => a.state)).toEqual(['uploading']);
    const savedBefore = first.getSnapshot().serverId !== undefined;
    vi.clearAllTimers();
    const second = h.open({ intent: { kind: 'new' }, journal, clientId });
    await second.ready;
    await settle();
    return { h, second, savedBefore };
  }

  it('uploads again, from the file kept on this device, an upload the page lost, and saves the draft with it', async () => {
    const { h, second, savedBefore } = await crashDuringUpload('crash-3', 350);
    expect(savedBefore).toBe(false);
    expect(second.getSnapshot().draft.attachments.map((a) => [a.name, a.state])).toEqual([['slides.pdf', 'uploaded']]);
    expect(h.count('POST', '/api/v1/temporaryAttachments')).toBe(2);
    await advance(2500);
    expect(second.getSnapshot().state).toBe('saved');
    const saved = await h.client.getMail(second.getSnapshot().serverId as string);
    expect(saved.attachments.map((a) => [a.name, a.size])).toEqual([['slides.pdf', 10]]);
    second.dispose();
  });

  it('uploads again a file the page lost after the rest of the draft was saved (the entry stays for it)', async () => {
    const { h, second, savedBefore } = await crashDuringUpload('crash-4', 2500);
    expect(savedBefore).toBe(true);
    expect(second.getSnapshot().draft.attachments.map((a) => [a.name, a.state])).toEqual([['slides.pdf', 'uploaded']]);
    await advance(2500);
    const saved = await h.client.getMail(second.getSnapshot().serverId as string);
    expect(saved.attachments.map((a) => a.name)).toEqual(['slides.pdf']);
    second.dispose();
  });

  it('keeps nothing for a part the user left uploading by closing the view, but keeps it when the page goes away', async () => {
    const h = await createHarness();
    const journal = createMemoryJournal();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', hang: true });
    const open = async (clientId: string) => {
      const session = h.open({ intent: { kind: 'new' }, journal, clientId });
      await session.ready;
      const part = session.attachments.add(new File(['the slides'], 'slides.pdf', { type: 'application/pdf' }));
      session.update({ to: [BOB], subject: 'Slides' });
      await advance(2500);
      expect(session.getSnapshot().state).toBe('saved');
      expect(await journal.getFile?.(clientId, part.localId)).toBeInstanceOf(Blob);
      return { session, part };
    };
    const closed = await open('closed-1');
    closed.session.dispose();
    await settle();
    expect(await journal.get('closed-1')).toBeUndefined();
    expect(await journal.getFile?.('closed-1', closed.part.localId)).toBeUndefined();

    const hidden = await open('hidden-1');
    window.dispatchEvent(new Event('pagehide'));
    hidden.session.dispose();
    await settle();
    expect(await journal.get('hidden-1')).toMatchObject({ draft: { subject: 'Slides' } });
    expect(await journal.getFile?.('hidden-1', hidden.part.localId)).toBeInstanceOf(Blob);
  });

  it('keeps a file only while the draft needs it: dropped when the part is removed, and with the entry once sent', async () => {
    const h = await createHarness();
    const journal = createMemoryJournal();
    const session = h.open({ intent: { kind: 'new' }, journal, clientId: 'files-1' });
    await session.ready;
    const kept = session.attachments.add(new File(['plan'], 'plan.txt', { type: 'text/plain' }));
    const dropped = session.attachments.add(new File(['old'], 'old.txt', { type: 'text/plain' }));
    await settle();
    expect(await journal.getFile?.('files-1', kept.localId)).toBeInstanceOf(Blob);
    session.attachments.remove(dropped.localId);
    await settle();
    expect(await journal.getFile?.('files-1', dropped.localId)).toBeUndefined();
    expect(await journal.getFile?.('files-1', kept.localId)).toBeInstanceOf(Blob);
    session.update({ to: [BOB], subject: 'Plan' });
    await expect(session.send()).resolves.toMatchObject({ ok: true });
    await settle();
    expect(await journal.getFile?.('files-1', kept.localId)).toBeUndefined();
    session.dispose();
  });

  it('brings back an interrupted upload as failed with a reason where the journal cannot keep files', async () => {
    const h = await createHarness();
    // IndexedDB in this test runtime cannot store a File (it reads back as a plain object): no file comes back.
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

  it('marks a part whose file the device cannot keep (storage full) notKept, in the draft and in its journal entry', async () => {
    const h = await createHarness();
    const journal = createMemoryJournal();
    vi.spyOn(journal, 'putFile').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const session = h.open({ intent: { kind: 'new' }, clientId: 'full-1', journal, locks: null });
    await session.ready;
    const big = session.attachments.add(new File(['the film'], 'film.mov', { type: 'video/quicktime' }));
    const small = session.attachments.add(new File(['a note'], 'note.txt', { type: 'text/plain' }));
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    const parts = () => Object.fromEntries(session.getSnapshot().draft.attachments.map((a) => [a.localId, a]));
    expect(parts()[big.localId]).toMatchObject({ state: 'uploaded', notKept: true });
    expect(parts()[small.localId]).not.toHaveProperty('notKept');
    const entry = await journal.get('full-1');
    expect(entry?.draft.attachments.find((a) => a.localId === big.localId)).toMatchObject({ notKept: true });
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

  it("a second tab of the draft leaves the first tab's upload running, and both have the part once it is up", async () => {
    const h = await createHarness();
    const journal = createMemoryJournal();
    const hub = createChannelHub();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 5000 });
    const tabA = h.open({ intent: { kind: 'new' }, journal, clientId: 'shared-3', broadcastChannel: hub });
    await tabA.ready;
    tabA.update({ to: [BOB], subject: 'Slides' });
    await advance(2500);
    const tabB = h.open({ intent: { kind: 'new' }, journal, clientId: 'shared-3', broadcastChannel: hub });
    await tabB.ready;
    tabA.attachments.add(new File(['the slides'], 'slides.pdf', { type: 'application/pdf' }));
    await advance(2500);
    // The tab that has the file goes on uploading it; the other shows it on its way, and never fails it.
    expect([tabA, tabB].map((t) => t.getSnapshot().draft.attachments.map((a) => a.state))).toEqual([
      ['uploading'],
      ['uploading'],
    ]);
    // The upload ends at 5 s; the other tab hears of it with the journal write.
    await advance(3000);
    expect(tabB.getSnapshot().draft.attachments.map((a) => a.state)).toEqual(['uploaded']);
    // The upload's change is saved after the autosave delay.
    await advance(2500);
    const saved = await h.client.getMail(tabA.getSnapshot().serverId as string);
    expect(saved.attachments.map((a) => a.name)).toEqual(['slides.pdf']);
    expect([tabA.getSnapshot().state, tabB.getSnapshot().state]).toEqual(['saved', 'saved']);
    expect(h.count('POST', '/api/v1/temporaryAttachments')).toBe(1);
    tabA.dispose();
    tabB.dispose();
  });

  it('a tab opened on a draft while another tab uploads its file waits for that upload instead of uploading again', async () => {
    const h = await createHarness();
    const journal = createMemoryJournal();
    const hub = createChannelHub();
    const lockHub = createLockHub();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 5000 });
    const both = { intent: { kind: 'new' as const }, journal, clientId: 'shared-4', broadcastChannel: hub };
    const tabA = h.open({ ...both, locks: lockHub.tab().locks });
    await tabA.ready;
    tabA.update({ to: [BOB], subject: 'Slides' });
    tabA.attachments.add(new File(['the slides'], 'slides.pdf', { type: 'application/pdf' }));
    // The text is saved; the entry stays in the journal for the part, with its file.
    await advance(2500);
    expect(tabA.getSnapshot().state).toBe('saved');
    // The second tab finds the part and its kept file in the journal; the first tab's lock says it is uploading.
    const tabB = h.open({ ...both, locks: lockHub.tab().locks });
    await tabB.ready;
    await settle();
    expect(tabB.getSnapshot().draft.attachments.map((a) => a.state)).toEqual(['uploading']);
    await advance(3000);
    expect([tabA, tabB].map((t) => t.getSnapshot().draft.attachments.map((a) => a.state))).toEqual([
      ['uploaded'],
      ['uploaded'],
    ]);
    expect(h.count('POST', '/api/v1/temporaryAttachments')).toBe(1);
    await advance(2500);
    // One draft on the server, with the part once.
    const drafts = await h.folder('drafts');
    expect(drafts).toHaveLength(1);
    const saved = await h.client.getMail(drafts[0] as string);
    expect(saved.attachments.map((a) => a.name)).toEqual(['slides.pdf']);
    tabA.dispose();
    tabB.dispose();
  });

  /** Two tabs of one saved draft; the first adds a file whose upload never ends, the second hears of it. */
  async function waitingForOtherTab(clientId: string) {
    const h = await createHarness();
    const journal = createMemoryJournal();
    const hub = createChannelHub();
    const lockHub = createLockHub();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', hang: true, times: 1 });
    const both = { intent: { kind: 'new' as const }, journal, clientId, broadcastChannel: hub };
    const lockA = lockHub.tab();
    const tabA = h.open({ ...both, locks: lockA.locks });
    await tabA.ready;
    tabA.update({ to: [BOB], subject: 'Slides' });
    await advance(2500);
    const tabB = h.open({ ...both, locks: lockHub.tab().locks });
    await tabB.ready;
    tabA.attachments.add(new File(['the slides'], 'slides.pdf', { type: 'application/pdf' }));
    await advance(1000);
    return { h, lockHub, lockA, tabA, tabB };
  }

  it('takes over, from the file kept on this device, an upload whose tab went away before it finished', async () => {
    const { h, lockHub, lockA, tabA, tabB } = await waitingForOtherTab('shared-5');
    // The second tab learned of the part from the first one's message: it has no file of its own, and waits.
    expect(tabB.getSnapshot().draft.attachments.map((a) => a.state)).toEqual(['uploading']);
    expect(lockHub.waiting()).toBe(1);
    // The first tab's page goes away with its upload unfinished.
    tabA.notify('hidden');
    tabA.dispose();
    lockA.crash();
    await advance(100);
    await settle();
    expect(tabB.getSnapshot().draft.attachments.map((a) => [a.name, a.state])).toEqual([['slides.pdf', 'uploaded']]);
    expect(h.count('POST', '/api/v1/temporaryAttachments')).toBe(2);
    await advance(2500);
    expect(tabB.getSnapshot().state).toBe('saved');
    const saved = await h.client.getMail(tabB.getSnapshot().serverId as string);
    expect(saved.attachments.map((a) => [a.name, a.size])).toEqual([['slides.pdf', 10]]);
    tabB.dispose();
  });

  it('fails the part in words when the tab uploading it is closed by the user and its kept file goes with it', async () => {
    const { lockHub, tabA, tabB } = await waitingForOtherTab('shared-10');
    // The rest of the draft is saved; the user closes the first view, which ends its upload and drops its entry.
    await advance(2500);
    expect(tabA.getSnapshot().state).toBe('saved');
    tabA.dispose();
    await advance(100);
    await settle();
    expect(lockHub.waiting()).toBe(0);
    const [part] = tabB.getSnapshot().draft.attachments;
    expect([part?.state, part?.error]).toEqual([
      'failed',
      'The upload of slides.pdf stopped in another tab; add the file again.',
    ]);
    tabB.dispose();
  });

  it("a view closed while it waits for another view's upload withdraws its wait", async () => {
    const { lockHub, tabA, tabB } = await waitingForOtherTab('shared-7');
    expect(lockHub.waiting()).toBe(1);
    tabB.dispose();
    await settle();
    expect(lockHub.waiting()).toBe(0);
    tabA.dispose();
  });

  it('two views of one draft stop writing once they agree, and an edit in one is saved there and followed by the other', async () => {
    const h = await createHarness();
    const journal = createMemoryJournal();
    const put = journal.put.bind(journal);
    let writes = 0;
    journal.put = (entry) => {
      writes += 1;
      return put(entry);
    };
    const hub = createChannelHub();
    const both = { intent: { kind: 'new' as const }, journal, clientId: 'shared-6', broadcastChannel: hub };
    const tabA = h.open(both);
    await tabA.ready;
    tabA.update({ to: [BOB], subject: 'Minutes' });
    await advance(2500);
    const tabB = h.open(both);
    await tabB.ready;
    tabA.attachments.add(new File(['the minutes'], 'minutes.txt', { type: 'text/plain' }));
    await advance(5000);
    expect([tabA, tabB].map((t) => t.getSnapshot().state)).toEqual(['saved', 'saved']);
    // Neither writes the other's entry back to the journal (which the other would take again, and so on).
    const settled = writes;
    await advance(10_000);
    expect(writes).toBe(settled);
    // An edit in the first view: saved there, taken by the second (which changed nothing), no conflict.
    tabA.update({ subject: 'Minutes, corrected' });
    await advance(2500);
    expect(
      [tabA, tabB].map((t) => [t.getSnapshot().state, t.getSnapshot().draft.subject, !!t.getSnapshot().conflict]),
    ).toEqual([
      ['saved', 'Minutes, corrected', false],
      ['saved', 'Minutes, corrected', false],
    ]);
    const saved = await h.client.getMail(tabA.getSnapshot().serverId as string);
    expect([saved.subject, saved.attachments.map((a) => a.name)]).toEqual(['Minutes, corrected', ['minutes.txt']]);
    tabA.dispose();
    tabB.dispose();
  });

  /** A tab that has typed past its last save, and a second tab opened on the draft meanwhile (it restores that text). */
  async function openedWhileTyping(clientId: string) {
    const h = await createHarness();
    const journal = createMemoryJournal();
    const both = { intent: { kind: 'new' as const }, journal, clientId, broadcastChannel: createChannelHub() };
    const tabA = h.open(both);
    await tabA.ready;
    tabA.update({ to: [BOB], subject: 'Agenda' });
    await advance(2500);
    tabA.update({ subject: 'Agenda for Monday' });
    await advance(500);
    const tabB = h.open(both);
    await tabB.ready;
    expect(tabB.getSnapshot().draft.subject).toBe('Agenda for Monday');
    return { h, tabA, tabB };
  }
  const views = (...tabs: ComposeSession[]) =>
    tabs.map((t) => [t.getSnapshot().state, t.getSnapshot().draft.subject, !!t.getSnapshot().conflict]);

  it('a tab opened on a draft while another tab types follows that tab: one save, no conflict in either', async () => {
    const { h, tabA, tabB } = await openedWhileTyping('shared-8');
    tabA.update({ subject: 'Agenda for Monday, 10:00' });
    await advance(2500);
    expect(views(tabA, tabB)).toEqual([
      ['saved', 'Agenda for Monday, 10:00', false],
      ['saved', 'Agenda for Monday, 10:00', false],
    ]);
    // The first tab saved it; the second did not replace the same server draft at the same time.
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(1);
    const saved = await h.client.getMail(tabA.getSnapshot().serverId as string);
    expect(saved.subject).toBe('Agenda for Monday, 10:00');
    tabA.dispose();
    tabB.dispose();
  });

  it('the following tab saves the text itself when the tab that wrote it goes without saving it', async () => {
    const { h, tabA, tabB } = await openedWhileTyping('shared-9');
    tabA.update({ subject: 'Agenda for Monday, 10:00' });
    // The first tab goes right after its journal write, before its save.
    tabA.dispose();
    await advance(5000);
    expect(views(tabB)).toEqual([['dirty', 'Agenda for Monday, 10:00', false]]);
    await advance(AUTOSAVE_MAX_WAIT_MS);
    expect(views(tabB)).toEqual([['saved', 'Agenda for Monday, 10:00', false]]);
    const saved = await h.client.getMail(tabB.getSnapshot().serverId as string);
    expect(saved.subject).toBe('Agenda for Monday, 10:00');
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
