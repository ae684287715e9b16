// Issue 8: every lost answer (5xx after the work, a dropped connection, a hang) over the real client and the
// in-process emulator. Delivered counts read the emulator's outbox after its clock has passed the undo window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryJournal } from '../journal/createMemoryJournal';
import { listOpenComposeSessions } from './openComposeSessions';
import { createChannelHub } from './testing/createChannelHub';
import { advance, ALICE, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

type H = Awaited<ReturnType<typeof createHarness>>;

async function writing(h: H, subject: string, clientId?: string) {
  const session = h.open({ intent: { kind: 'new' }, ...(clientId ? { clientId } : {}) });
  await session.ready;
  session.update({ to: [BOB], subject });
  session.setBodyHtml(`<p>${subject}: the body.</p>`);
  return session;
}

async function deliveredAfterWindow(h: H) {
  await advance(11_000, 500);
  return h.delivered();
}

describe('send whose answer was lost', () => {
  it('a send-draft answered 500 after it went out is sent, once, and no new draft appears', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Quarterly report');
    h.loseResponse('POST', '/api/v1/drafts/*/send', { status: 500 });
    expect(await session.send()).toEqual({ ok: true, state: 'sent' });
    expect(session.getSnapshot().state).toBe('sent');
    await advance(5000);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(await deliveredAfterWindow(h)).toHaveLength(1);
    expect(await h.folder('drafts')).toEqual([]);
    session.dispose();
  });

  it('a dropped answer that cannot be checked yet stays unknown; edits typed meanwhile become a new draft', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Board minutes');
    h.loseResponse('POST', '/api/v1/drafts/*/send');
    h.loseResponse('GET', '/api/v1/mails/*');
    expect(await session.send()).toMatchObject({ ok: false, error: { code: 'outcome-unknown', retryable: true } });
    // The user keeps typing while the outcome is unknown: nothing is saved over (or instead of) the sent draft.
    session.update({ subject: 'Board minutes (corrected)' });
    await advance(5000);
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(0);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);

    expect(await session.send()).toEqual({ ok: true, state: 'sent' });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    const kept = session.getSnapshot().unsentEdits;
    expect(kept?.draft.subject).toBe('Board minutes (corrected)');
    expect(
      listOpenComposeSessions({ account: ALICE.address, storage: h.pageStorage }).map((s) => s.clientId),
    ).toContain(kept?.clientId);
    expect(await deliveredAfterWindow(h)).toHaveLength(1);

    // Offered as a new draft: a session on that id has the edits and saves them as a new server draft.
    const again = h.open({ intent: { kind: 'new' }, clientId: kept?.clientId as string });
    await again.ready;
    expect(again.getSnapshot()).toMatchObject({ recovered: true, draft: { subject: 'Board minutes (corrected)' } });
    await advance(2500);
    expect(again.getSnapshot().state).toBe('saved');
    expect(await h.folder('drafts')).toHaveLength(1);
    session.dispose();
    again.dispose();
  });

  it('a send that never reached the server is reported as not sent, and the next Send delivers it once', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Dropped on the way');
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/drafts/*/send', drop: true, times: 1 });
    expect(await session.send()).toMatchObject({ ok: false, error: { code: 'send-failed', retryable: true } });
    expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
    expect(await deliveredAfterWindow(h)).toHaveLength(1);
    session.dispose();
  });

  it('a scheduled send answered 500 after it was stored is scheduled once, with its copy found for cancel', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Reminder');
    h.loseResponse('POST', '/api/v1/drafts/*/send/schedule', { status: 500 });
    const at = Math.floor(Date.now() / 1000) + 3600;
    expect(await session.schedule(at)).toEqual({ ok: true, state: 'scheduled' });
    const [copy] = await h.folder('scheduled');
    expect(session.getSnapshot().scheduled).toEqual({ mailId: copy, deliveryTime: at });
    expect(h.outbox.getSnapshot()).toMatchObject([{ kind: 'scheduled', mailId: copy }]);
    expect(await h.folder('scheduled')).toHaveLength(1);
    expect(await h.folder('drafts')).toEqual([]);
    await h.emulator.controls.advanceClock(2 * 3600_000);
    expect(await h.delivered()).toHaveLength(1);
    session.dispose();
  });
});

describe('undo whose answer was lost or failed', () => {
  async function sent(h: H) {
    const session = await writing(h, 'Too early');
    expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
    await advance(2000, 500);
    return session;
  }

  it('a transient 500 at 2 s with 7 s left is retried, not "too late"', async () => {
    const h = await createHarness();
    const session = await sent(h);
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails/send/undo', status: 500, times: 1 });
    const undo = session.undo();
    await advance(1000);
    expect(await undo).toEqual({ ok: true, state: 'saved' });
    expect(h.count('POST', '/api/v1/mails/send/undo')).toBe(2);
    expect(await deliveredAfterWindow(h)).toEqual([]);
    expect(await h.folder('drafts')).toHaveLength(1);
    session.dispose();
  });

  it('an undo the server did but whose answer was lost is found by its draft, not reported as sent', async () => {
    const h = await createHarness();
    const session = await sent(h);
    h.loseResponse('POST', '/api/v1/mails/send/undo');
    const undo = session.undo();
    await advance(1000);
    expect(await undo).toEqual({ ok: true, state: 'saved' });
    expect(session.getSnapshot().draft.subject).toBe('Too early');
    expect(await deliveredAfterWindow(h)).toEqual([]);
    expect(await h.folder('drafts')).toEqual([session.getSnapshot().serverId]);
    session.dispose();
  });
});

describe('one server draft per compose session', () => {
  it('a create whose answer was lost is found in Drafts and adopted, not made twice', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Lost create');
    h.loseResponse('POST', '/api/v1/mails', { status: 502 });
    await advance(2500);
    expect(session.getSnapshot()).toMatchObject({ state: 'save-failed', saveError: { retryable: true } });
    session.update({ subject: 'Lost create, edited' });
    await advance(5000);
    expect(session.getSnapshot().state).toBe('saved');
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    const drafts = await h.folder('drafts');
    expect(drafts).toEqual([session.getSnapshot().serverId]);
    expect((await h.client.getMail(drafts[0] as string)).subject).toBe('Lost create, edited');
    session.dispose();
  });

  it('a create in flight when the page went away is found by the restored view', async () => {
    const h = await createHarness();
    const first = await writing(h, 'Reloaded mid-create', 'reload-1');
    h.loseResponse('POST', '/api/v1/mails', 'hang');
    await advance(2500);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    // The page goes away: no dispose, no answer.
    window.dispatchEvent(new Event('pagehide'));
    vi.clearAllTimers();
    const second = h.open({ intent: { kind: 'new' }, clientId: 'reload-1' });
    await second.ready;
    expect(second.getSnapshot().draft.subject).toBe('Reloaded mid-create');
    await advance(2500);
    expect(second.getSnapshot().state).toBe('saved');
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(await h.folder('drafts')).toEqual([second.getSnapshot().serverId]);
    first.dispose();
    second.dispose();
  });

  it('the page unloading before the first autosave creates nothing; the restored view creates the one draft', async () => {
    const h = await createHarness();
    const first = await writing(h, 'Closed at once', 'reload-2');
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(h.count('POST', '/api/v1/mails')).toBe(0);
    vi.clearAllTimers();
    const second = h.open({ intent: { kind: 'new' }, clientId: 'reload-2' });
    await second.ready;
    await advance(2500);
    expect(second.getSnapshot().state).toBe('saved');
    expect(await h.folder('drafts')).toEqual([second.getSnapshot().serverId]);
    first.dispose();
    second.dispose();
  });

  it('a create sent as the tab was hidden, whose answer never came, is found by the restored view', async () => {
    const h = await createHarness();
    const first = await writing(h, 'Hidden at once', 'reload-3');
    h.loseResponse('POST', '/api/v1/mails');
    first.notify('hidden');
    await settle();
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    vi.clearAllTimers();
    const second = h.open({ intent: { kind: 'new' }, clientId: 'reload-3' });
    await second.ready;
    await advance(2500);
    expect(second.getSnapshot().state).toBe('saved');
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(await h.folder('drafts')).toEqual([second.getSnapshot().serverId]);
    first.dispose();
    second.dispose();
  });

  it('discard deletes the server draft', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Never mind');
    await session.save();
    expect(await h.folder('drafts')).toHaveLength(1);
    await session.discard();
    expect(await h.folder('drafts')).toEqual([]);
    expect(listOpenComposeSessions({ account: ALICE.address, storage: h.pageStorage })).toEqual([]);
    session.dispose();
  });
});

describe('nothing typed is lost', () => {
  it('text typed 0 ms before the tab closes comes back, though the IndexedDB write never ran', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' }, clientId: 'closed-1', journal: createMemoryJournal() });
    await session.ready;
    session.update({ to: [BOB], subject: 'Last words' });
    session.setBodyHtml('<p>The very last characters</p>');
    window.dispatchEvent(new Event('pagehide'));
    vi.clearAllTimers();
    const restored = h.open({ intent: { kind: 'new' }, clientId: 'closed-1', journal: createMemoryJournal() });
    await restored.ready;
    expect(restored.getSnapshot()).toMatchObject({
      state: 'dirty',
      recovered: true,
      draft: { subject: 'Last words', bodyHtml: '<p>The very last characters</p>', to: [BOB] },
    });
    session.dispose();
    restored.dispose();
  });

  it('an open view whose draft was saved comes back with it after a reload, and is listed as open', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Saved before reload', 'open-1');
    await session.save();
    await settle();
    const serverId = session.getSnapshot().serverId;
    expect(listOpenComposeSessions({ account: ALICE.address, storage: h.pageStorage })).toMatchObject([
      { clientId: 'open-1', serverId, subject: 'Saved before reload', unsaved: false, intent: { kind: 'new' } },
    ]);
    window.dispatchEvent(new Event('pagehide'));
    vi.clearAllTimers();
    const restored = h.open({ intent: { kind: 'new' }, clientId: 'open-1' });
    await restored.ready;
    expect(restored.getSnapshot()).toMatchObject({
      state: 'saved',
      serverId,
      draft: { subject: 'Saved before reload' },
    });
    // Closing the view (not the page) takes it off the list.
    restored.dispose();
    expect(listOpenComposeSessions({ account: ALICE.address, storage: h.pageStorage })).toEqual([]);
    session.dispose();
  });

  it('an invalid recipient does not block saving the rest; it is kept locally and shown as invalid', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' }, clientId: 'invalid-1' });
    await session.ready;
    const typo = { address: 'carol@@example' };
    session.update({ to: [BOB, typo], subject: 'Team lunch' });
    await advance(2500);
    const snapshot = session.getSnapshot();
    expect(snapshot).toMatchObject({ state: 'saved', invalidRecipients: [typo] });
    const saved = await h.client.getMail(snapshot.serverId as string);
    expect(saved.subject).toBe('Team lunch');
    expect(saved.to).toContain(BOB.address);
    // After a reload the typo is still there to fix.
    await settle();
    const restored = h.open({ intent: { kind: 'new' }, clientId: 'invalid-1' });
    await restored.ready;
    expect(restored.getSnapshot().draft.to).toEqual([BOB, typo]);
    session.dispose();
    restored.dispose();
  });

  it('after the server lost its temporary attachments, a file still here is uploaded again', async () => {
    const h = await createHarness();
    const session = await writing(h, 'With the plan');
    session.attachments.add(new File(['the plan'], 'plan.txt', { type: 'text/plain' }));
    await advance(2500);
    const [first] = session.getSnapshot().draft.attachments;
    expect(session.getSnapshot().state).toBe('saved');
    // The server restarts without its queue.
    await h.client.deleteTemporaryAttachment(first?.queueId as number);
    session.update({ subject: 'With the plan (v2)' });
    await advance(8000, 250);
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('saved');
    expect(snapshot.draft.attachments[0]).toMatchObject({ name: 'plan.txt', state: 'uploaded' });
    expect(snapshot.draft.attachments[0]?.queueId).not.toBe(first?.queueId);
    const saved = await h.client.getMail(snapshot.serverId as string);
    expect(saved.subject).toBe('With the plan (v2)');
    expect(saved.attachments.map((a) => a.name)).toEqual(['plan.txt']);
    session.dispose();
  });

  it('a lost attachment without its file here names the file to add again, and the rest is saved', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Journaled attachment', 'stale-1');
    session.attachments.add(new File(['x'], 'figures.csv', { type: 'text/csv' }));
    await advance(2500);
    const queueId = session.getSnapshot().draft.attachments[0]?.queueId as number;
    session.update({ subject: 'Journaled attachment (v2)' });
    window.dispatchEvent(new Event('pagehide'));
    // The page is gone: its save of v2 never lands.
    session.dispose();
    vi.clearAllTimers();
    await h.client.deleteTemporaryAttachment(queueId);
    const restored = h.open({ intent: { kind: 'new' }, clientId: 'stale-1' });
    await restored.ready;
    await advance(8000, 250);
    const snapshot = restored.getSnapshot();
    expect(snapshot.draft.attachments[0]).toMatchObject({
      name: 'figures.csv',
      state: 'failed',
      error: 'The server lost figures.csv; add the file again.',
    });
    expect(snapshot.state).toBe('saved');
    expect((await h.client.getMail(snapshot.serverId as string)).subject).toBe('Journaled attachment (v2)');
    restored.dispose();
  });
});

describe('a save that never answers', () => {
  it('becomes a retryable failure within the client timeout, and Send still sends the latest text', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Hung save');
    await session.save();
    session.update({ subject: 'Hung save, edited' });
    h.loseResponse('PUT', '/api/v1/drafts/*', 'hang');
    await advance(2500);
    expect(session.getSnapshot().state).toBe('saving');
    // The replace left at 2 s; the client gives up after 15 s.
    await advance(14_600);
    expect(session.getSnapshot()).toMatchObject({ state: 'save-failed', saveError: { retryable: true } });
    const sending = session.send();
    await advance(500);
    expect(await sending).toEqual({ ok: true, state: 'undoable' });
    const [delivered] = await deliveredAfterWindow(h);
    expect(delivered).toMatchObject({ subject: 'Hung save, edited' });
    session.dispose();
  });
});

describe('a draft open in two tabs', () => {
  it('shows what differs per field and lets the user merge recipients, take their subject and keep this body', async () => {
    const h = await createHarness();
    const hub = createChannelHub();
    const CAROL = { name: 'Carol', address: 'carol@inkwell.test' };
    const tabA = h.open({ intent: { kind: 'new' }, clientId: 'two-tabs', broadcastChannel: hub });
    const tabB = h.open({ intent: { kind: 'new' }, clientId: 'two-tabs', broadcastChannel: hub });
    await Promise.all([tabA.ready, tabB.ready]);
    tabA.update({ to: [BOB], subject: 'Offsite (A)' });
    tabA.setBodyHtml('<p>Agenda from A</p>');
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    tabB.update({ to: [CAROL], subject: 'Offsite (B)' });
    tabB.setBodyHtml('<p>Agenda from B</p>');
    const conflict = tabB.getSnapshot().conflict;
    expect(conflict?.fields).toEqual({
      to: { mine: [CAROL], theirs: [BOB] },
      subject: { mine: 'Offsite (B)', theirs: 'Offsite (A)' },
      body: { mine: '<p>Agenda from B</p>', theirs: '<p>Agenda from A</p>' },
    });
    // B's edits wait (kept, not saved) while A saves its version.
    await advance(3000);
    expect(tabB.getSnapshot().draft.subject).toBe('Offsite (B)');

    tabB.resolveConflict({ to: 'merge', subject: 'theirs', body: 'mine' });
    expect(tabB.getSnapshot().conflict).toBeUndefined();
    expect(tabB.getSnapshot().draft).toMatchObject({
      to: [CAROL, BOB],
      subject: 'Offsite (A)',
      bodyHtml: '<p>Agenda from B</p>',
    });
    await advance(2500);
    expect(tabB.getSnapshot().state).toBe('saved');
    // One server draft for the two tabs, holding the merged version.
    const drafts = await h.folder('drafts');
    expect(drafts).toEqual([tabB.getSnapshot().serverId]);
    const saved = await h.client.getMail(drafts[0] as string);
    expect(saved.subject).toBe('Offsite (A)');
    expect(saved.to).toContain(CAROL.address);
    expect(saved.to).toContain(BOB.address);
    tabA.dispose();
    tabB.dispose();
  });
});

describe("with the emulator's own after-processing faults", () => {
  it('a send-draft whose connection drops after the send is sent once; a new Send is refused, not repeated', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Dropped after');
    h.emulator.controls.addFault({
      method: 'POST',
      path: '/api/v1/drafts/*/send',
      drop: true,
      phase: 'after',
      times: 1,
    });
    expect(await session.send()).toEqual({ ok: true, state: 'sent' });
    expect(await session.send()).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    expect(await deliveredAfterWindow(h)).toHaveLength(1);
    expect(await h.folder('drafts')).toEqual([]);
    session.dispose();
  });

  it('a send that never answers is settled after the client timeout: sent once, Send not blocked forever', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Hung send');
    h.emulator.controls.addFault({
      method: 'POST',
      path: '/api/v1/drafts/*/send',
      hang: true,
      phase: 'after',
      times: 1,
    });
    const sending = session.send();
    // The client gives up 15 s after the send left (the create before it takes some of the fake time too).
    await advance(20_000, 500);
    expect(await sending).toEqual({ ok: true, state: 'sent' });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    expect(await h.delivered()).toHaveLength(1);
    session.dispose();
  });

  it('a create answered 500 after it made the draft is adopted: one draft', async () => {
    const h = await createHarness();
    const session = await writing(h, 'Create 500 after');
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', status: 500, phase: 'after', times: 1 });
    await advance(2500);
    expect(session.getSnapshot().state).toBe('save-failed');
    await advance(3000);
    expect(session.getSnapshot().state).toBe('saved');
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(await h.folder('drafts')).toEqual([session.getSnapshot().serverId]);
    session.dispose();
  });
});
