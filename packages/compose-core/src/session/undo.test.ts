import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const CAROL = { name: 'Carol', address: 'carol@example.com' };

async function sentSession() {
  const h = await createHarness();
  const session = h.open({ intent: { kind: 'new' } });
  await session.ready;
  session.update({ to: [BOB], bcc: [CAROL], subject: 'Oops' });
  session.setBodyHtml('<p>Sent too early.</p>');
  session.attachments.add(new File(['notes'], 'notes.txt', { type: 'text/plain' }));
  await settle();
  expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
  return { h, session };
}

describe('undo send', () => {
  it('pulls the message back within the window and reopens it as a draft with its attachments', async () => {
    const { h, session } = await sentSession();
    const sentAt = session.getSnapshot();
    await advance(5000, 500);
    const outcome = await session.undo();
    expect(outcome).toEqual({ ok: true, state: 'saved' });
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('saved');
    expect(snapshot.serverId).toBeDefined();
    expect(snapshot.serverId).not.toBe(sentAt.serverId);
    expect(snapshot.draft).toMatchObject({ subject: 'Oops', to: [BOB], bcc: [CAROL] });
    expect(snapshot.draft.bodyHtml).toContain('Sent too early.');
    expect(snapshot.draft.attachments.map((a) => [a.name, a.state])).toEqual([['notes.txt', 'uploaded']]);
    expect(h.outbox.getSnapshot()).toEqual([]);
    // Nothing goes out, and the draft can be edited and sent again.
    await advance(15_000, 1000);
    expect(await h.delivered()).toEqual([]);
    session.update({ subject: 'Oops, fixed' });
    expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
    session.dispose();
  });

  it('is refused after the deadline with a clear error, and the message goes out once', async () => {
    const { h, session } = await sentSession();
    await advance(9500, 500);
    expect(session.getSnapshot().state).toBe('sent');
    const outcome = await session.undo();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'undo-expired' } });
    expect(session.getSnapshot().sendError?.code).toBe('undo-expired');
    expect(h.count('POST', '/api/v1/mails/send/undo')).toBe(0);
    await advance(2000, 500);
    expect(await h.delivered()).toHaveLength(1);
    session.dispose();
  });

  it('shows a server refusal as undo-expired, never silently', async () => {
    const { h, session } = await sentSession();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails/send/undo', status: 400, times: 1 });
    const outcome = await session.undo();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'undo-expired' } });
    expect(session.getSnapshot()).toMatchObject({ state: 'sent', sendError: { code: 'undo-expired' } });
    session.dispose();
  });

  it('keeps the window running in the outbox after the compose view closes', async () => {
    const { h, session } = await sentSession();
    session.notify('close');
    session.dispose();
    await advance(3000, 500);
    const [item] = h.outbox.getSnapshot();
    expect(item).toMatchObject({ kind: 'undoable', status: 'pending', subject: 'Oops' });
    const result = await h.outbox.undo(item?.id as string);
    expect(result.mailId).toBeDefined();
    const reopened = h.open({ intent: { kind: 'draft', mailId: result.mailId as string } });
    await reopened.ready;
    expect(reopened.getSnapshot()).toMatchObject({ state: 'saved', draft: { subject: 'Oops' } });
    reopened.dispose();
  });

  it('expires the outbox item at the deadline', async () => {
    const { h, session } = await sentSession();
    const deadline = session.getSnapshot().undo?.deadline as number;
    await vi.advanceTimersByTimeAsync(deadline - Date.now() - 1);
    expect(h.outbox.getSnapshot()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.outbox.getSnapshot()).toEqual([]);
    expect(session.getSnapshot().state).toBe('sent');
    session.dispose();
  });
});
