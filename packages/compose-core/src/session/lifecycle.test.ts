import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposeStateError } from './ComposeStateError';
import { advance, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const CAROL = { name: 'Carol', address: 'carol@example.com' };

describe('session lifecycle', () => {
  it('discard stops autosave, deletes uploaded parts and the journal entry, and ends editing', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' }, clientId: 'discard-1' });
    await session.ready;
    session.attachments.add(new File(['x'], 'x.txt', { type: 'text/plain' }));
    session.update({ subject: 'Never mind' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    expect(await h.journal.get('discard-1')).toBeDefined();
    await session.discard();
    await advance(5000);
    expect(session.getSnapshot().state).toBe('discarded');
    expect(h.count('POST', '/api/v1/mails')).toBe(0);
    expect(h.count('DELETE', '/api/v1/temporaryAttachments/*')).toBe(1);
    expect(await h.journal.get('discard-1')).toBeUndefined();
    expect(() => session.update({ subject: 'again' })).toThrow(ComposeStateError);
    session.dispose();
  });

  it('dispose writes a pending journal change at once', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' }, clientId: 'dispose-1' });
    await session.ready;
    session.update({ subject: 'Typed just before closing' });
    session.dispose();
    await settle();
    expect((await h.journal.get('dispose-1'))?.draft.subject).toBe('Typed just before closing');
  });

  it('reopening a draft prefers unsaved journaled edits over the server copy', async () => {
    const h = await createHarness();
    const first = h.open({ intent: { kind: 'new' } });
    await first.ready;
    first.update({ to: [BOB], subject: 'Server copy' });
    await advance(2100);
    const mailId = first.getSnapshot().serverId as string;
    first.dispose();

    const editing = h.open({ intent: { kind: 'draft', mailId } });
    await editing.ready;
    expect(editing.getSnapshot().clientId).toBe(`mail:alice@inkwell.test:${mailId}`);
    editing.update({ subject: 'Local edit' });
    await vi.advanceTimersByTimeAsync(350);
    await settle();
    vi.clearAllTimers(); // the tab dies before the autosave

    const again = h.open({ intent: { kind: 'draft', mailId } });
    await again.ready;
    expect(again.getSnapshot()).toMatchObject({
      recovered: true,
      state: 'dirty',
      serverId: mailId,
      draft: { subject: 'Local edit' },
    });
    await advance(2500);
    expect((await h.client.getMail(again.getSnapshot().serverId as string)).subject).toBe('Local edit');
    again.dispose();
  });

  it('undo without a Sent copy gets the rebuilt draft and puts the lost Bcc back', async () => {
    const h = await createHarness();
    h.emulator.controls.setAccountSettings('alice', { saveToSent: false });
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], bcc: [CAROL], subject: 'Blind copy' });
    expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
    expect(session.getSnapshot().undo?.mailId).toBeUndefined();
    expect(await session.undo()).toEqual({ ok: true, state: 'dirty' });
    const snapshot = session.getSnapshot();
    expect(snapshot.draft).toMatchObject({ to: [BOB], bcc: [CAROL], subject: 'Blind copy' });
    await advance(2500);
    expect(session.getSnapshot().state).toBe('saved');
    const saved = await h.client.getMail(session.getSnapshot().serverId as string);
    expect(saved.bcc).toContain('carol@example.com');
    session.dispose();
  });

  it('reopens the draft here when the undo came from a toast (the outbox) while the view is open', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], subject: 'Toast undo' });
    await session.send();
    const [item] = h.outbox.getSnapshot();
    await h.outbox.undo(item?.id as string);
    await settle();
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', draft: { subject: 'Toast undo' } });
    expect(session.getSnapshot().undo).toBeUndefined();
    session.dispose();
  });

  it('settles a schedule whose answer was lost without scheduling twice', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], subject: 'Lost schedule' });
    const at = Math.floor(Date.now() / 1000) + 3600;
    h.loseResponse('POST', '/api/v1/drafts/*/send/schedule');
    h.loseResponse('GET', '/api/v1/mails/*');
    // The look-up right after the loss fails too: still unknown. The next try looks again instead of repeating.
    expect(await session.schedule(at)).toMatchObject({ ok: false, error: { code: 'outcome-unknown' } });
    expect(await session.schedule(at)).toEqual({ ok: true, state: 'scheduled' });
    expect(session.getSnapshot()).toMatchObject({ state: 'scheduled', readOnly: true });
    expect(h.count('POST', '/api/v1/drafts/*/send/schedule')).toBe(1);
    await h.emulator.controls.advanceClock(2 * 3600_000);
    expect(await h.delivered()).toHaveLength(1);
    session.dispose();
  });

  it('keeps attachments handed in with a new message, and says why one cannot be used', async () => {
    const h = await createHarness();
    const [stored] = (await h.client.uploadTemporaryAttachments([new File(['q'], 'q.txt', { type: 'text/plain' })]))
      .items;
    const session = h.open({
      intent: {
        kind: 'new',
        initial: {
          to: [BOB],
          attachments: [
            {
              localId: 'given',
              name: 'q.txt',
              contentType: 'text/plain',
              size: 1,
              queueId: stored?.id,
              isInline: false,
              state: 'uploaded',
            },
            {
              localId: 'lost',
              name: 'gone.pdf',
              contentType: 'application/pdf',
              size: 9,
              isInline: false,
              state: 'queued',
            },
          ],
        },
      },
    });
    await session.ready;
    const { draft, state } = session.getSnapshot();
    expect(state).toBe('pristine');
    expect(draft.attachments.map((a) => [a.name, a.state, a.queueId])).toEqual([
      ['q.txt', 'uploaded', stored?.id],
      ['gone.pdf', 'failed', undefined],
    ]);
    expect(draft.attachments[1]?.error).toMatch(/add the file again/);
    session.dispose();
  });

  it('notifies subscribers with a new immutable snapshot only on change', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    const listener = vi.fn();
    session.subscribe(listener);
    const before = session.getSnapshot();
    expect(session.getSnapshot()).toBe(before);
    session.update({ subject: '' });
    expect(listener).not.toHaveBeenCalled();
    session.update({ subject: 'changed' });
    expect(listener).toHaveBeenCalledTimes(1);
    const after = session.getSnapshot();
    expect(after).not.toBe(before);
    expect(before.draft.subject).toBe('');
    expect(after).toMatchObject({ state: 'dirty', version: 1, draft: { subject: 'changed' } });
    session.dispose();
  });
});
