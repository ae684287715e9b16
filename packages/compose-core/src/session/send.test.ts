import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
  // A failed test must not leave the browser "offline" for the next.
  vi.restoreAllMocks();
});

async function ready(h: Awaited<ReturnType<typeof createHarness>>) {
  const session = h.open({ intent: { kind: 'new' } });
  await session.ready;
  return session;
}

describe('send', () => {
  it('offline, sends nothing and says so, so nothing is in doubt; back online, Send sends', async () => {
    const h = await createHarness();
    const session = await ready(h);
    session.update({ to: [BOB], subject: 'From the train' });
    session.setBodyHtml('<p>In a tunnel.</p>');
    await advance(2100);
    expect(session.getSnapshot().state).toBe('saved');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    const outcome = await session.send();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'offline', retryable: true } });
    expect(outcome.ok === false && outcome.error.message).toBe(
      'You are offline, so the message was not sent. It is kept here: try again when you are back online.',
    );
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', sendError: { code: 'offline' } });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(0);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    onLine.mockRestore();
    session.dispose();
  });

  it('saves the latest edits, sends the draft and opens the undo window', async () => {
    const h = await createHarness();
    const session = await ready(h);
    session.update({ to: [BOB], subject: 'Lunch?' });
    session.setBodyHtml('<p>Noon at the usual place.</p>');
    const outcome = await session.send();
    expect(outcome).toEqual({ ok: true, state: 'undoable' });
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('undoable');
    expect(snapshot.undo?.deadline).toBe(Date.now() + 9000);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    expect(h.outbox.getSnapshot()).toMatchObject([
      { kind: 'undoable', subject: 'Lunch?', recipients: ['Bob Builder'] },
    ]);
    await advance(11_000, 500);
    expect(session.getSnapshot().state).toBe('sent');
    const [delivered] = await h.delivered();
    expect(delivered).toMatchObject({ subject: 'Lunch?' });
    expect(delivered?.html).toContain('Noon at the usual place.');
    session.dispose();
  });

  it('sends a pristine reply-like message by creating its draft first', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new', initial: { to: [BOB], subject: 'Prefilled' } } });
    await session.ready;
    expect(session.getSnapshot().state).toBe('pristine');
    expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    session.dispose();
  });

  it('is not undoable on an X4 server', async () => {
    const h = await createHarness({ serverVersion: 'X4' });
    const session = await ready(h);
    session.update({ to: [BOB], subject: 'Old server' });
    expect(await session.send()).toEqual({ ok: true, state: 'sent' });
    expect(session.getSnapshot().undo).toBeUndefined();
    expect(h.outbox.getSnapshot()).toEqual([]);
    session.dispose();
  });

  describe('pre-send checks', () => {
    it('blocks without recipients', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ subject: 'Nobody' });
      const outcome = await session.send();
      expect(outcome).toMatchObject({ ok: false, error: { code: 'blocked' } });
      expect(outcome.ok === false && outcome.checks.map((c) => [c.code, c.severity])).toContainEqual([
        'no-recipients',
        'error',
      ]);
      expect(session.getSnapshot().state).toBe('dirty');
      expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(0);
      session.dispose();
    });

    it('blocks on an invalid address', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [{ address: 'not-an-address' }], subject: 'Bad' });
      const outcome = await session.send();
      expect(outcome.ok === false && outcome.checks.map((c) => c.code)).toContain('invalid-address');
      expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(0);
      session.dispose();
    });

    it('asks to confirm an empty subject, then sends when acknowledged', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [BOB] });
      const first = await session.send();
      expect(first).toMatchObject({ ok: false, error: { code: 'needs-confirmation' } });
      expect(first.ok === false && first.checks.map((c) => [c.code, c.severity])).toEqual([
        ['empty-subject', 'warning'],
      ]);
      expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(0);
      expect(await session.send({ acknowledgeWarnings: true })).toEqual({ ok: true, state: 'undoable' });
      session.dispose();
    });

    it('warns about a mentioned but missing attachment', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [BOB], subject: 'Report' });
      session.setBodyHtml('<p>Please see the attached report.</p>');
      const outcome = await session.send();
      expect(outcome.ok === false && outcome.checks.map((c) => c.code)).toEqual(['missing-attachment']);
      session.dispose();
    });

    it('blocks while an upload is pending and when one failed', async () => {
      const h = await createHarness();
      const session = await ready(h);
      h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 5000, times: 1 });
      session.update({ to: [BOB], subject: 'With file' });
      const entry = session.attachments.add(new File(['x'], 'a.txt', { type: 'text/plain' }));
      const pending = await session.send();
      expect(pending.ok === false && pending.checks.map((c) => c.code)).toContain('uploads-pending');
      session.attachments.cancel(entry.localId);
      await settle();
      h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', status: 500, times: 1 });
      session.attachments.retry(entry.localId);
      await settle();
      expect(session.getSnapshot().draft.attachments[0]?.state).toBe('failed');
      const failed = await session.send();
      expect(failed.ok === false && failed.checks.map((c) => c.code)).toContain('upload-failed');
      session.attachments.retry(entry.localId);
      await settle();
      expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
      session.dispose();
    });
  });

  describe('no double send', () => {
    it('retries a send whose request never reached the server exactly once', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [BOB], subject: 'Dropped' });
      h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/drafts/*/send', drop: true, times: 1 });
      // The session looks at once: the draft is still in Drafts, so the message was not sent.
      const first = await session.send();
      expect(first).toMatchObject({ ok: false, error: { code: 'send-failed', retryable: true } });
      expect(session.getSnapshot().state).toBe('send-failed');
      expect(h.count('GET', '/api/v1/mails/*')).toBe(1);
      await advance(5000);
      expect(h.count('PUT', '/api/v1/drafts/*')).toBe(0);
      expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
      await advance(11_000, 500);
      expect(await h.delivered()).toHaveLength(1);
      session.dispose();
    });

    it('settles a lost answer from the server at once: the draft is gone, so it was sent, and nothing goes twice', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [BOB], subject: 'Lost answer' });
      h.loseResponse('POST', '/api/v1/drafts/*/send');
      expect(await session.send()).toEqual({ ok: true, state: 'sent' });
      expect(session.getSnapshot().undo).toBeUndefined();
      expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
      await advance(11_000, 500);
      expect(await h.delivered()).toHaveLength(1);
      session.dispose();
    });

    it('checks instead of re-sending when the user edited after a lost answer that could not be checked', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [BOB], subject: 'Edited after loss' });
      h.loseResponse('POST', '/api/v1/drafts/*/send');
      h.loseResponse('GET', '/api/v1/mails/*');
      expect(await session.send()).toMatchObject({ ok: false, error: { code: 'outcome-unknown' } });
      session.update({ subject: 'Edited after loss (2)' });
      expect(await session.send()).toEqual({ ok: true, state: 'sent' });
      expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
      expect(h.count('POST', '/api/v1/mails')).toBe(1);
      await advance(11_000, 500);
      expect(await h.delivered()).toHaveLength(1);
      session.dispose();
    });

    it('ignores a second click while sending', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [BOB], subject: 'Double click' });
      const first = session.send();
      const second = await session.send();
      expect(second).toMatchObject({ ok: false, error: { code: 'blocked' } });
      expect(await first).toEqual({ ok: true, state: 'undoable' });
      expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
      session.dispose();
    });

    it('reports a failed save before sending and keeps the text', async () => {
      const h = await createHarness();
      const session = await ready(h);
      session.update({ to: [BOB], subject: 'Cannot save' });
      h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', status: 400, times: 1 });
      const outcome = await session.send();
      expect(outcome).toMatchObject({ ok: false, error: { code: 'save-failed' } });
      expect(session.getSnapshot()).toMatchObject({ state: 'send-failed', draft: { subject: 'Cannot save' } });
      expect(await session.send()).toEqual({ ok: true, state: 'undoable' });
      session.dispose();
    });
  });
});
