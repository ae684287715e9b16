// The send code is loaded by the test setup for every other test; these load it the way an app does, in a fresh
// module graph.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./sessionFlowsChunk');
  vi.resetModules();
});

const unloadable = () => {
  vi.doMock('./sessionFlowsChunk', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
};

async function freshHarness() {
  vi.resetModules();
  const loader = await import('./loadSessionFlows');
  const harness = await import('./testing/createHarness');
  return { loader, ...harness, h: await harness.createHarness() };
}

describe('loadSessionFlows', () => {
  it('a session starts loading the send code when it starts, and a Send pressed first waits for it', async () => {
    let arrive = () => {};
    let requested = false;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('./sessionFlowsChunk', async (importOriginal) => {
      requested = true;
      await arrived;
      return importOriginal();
    });
    const { loader, h, BOB } = await freshHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    await vi.waitFor(() => expect(requested).toBe(true));
    expect(loader.sessionFlowsLoaded()).toBeUndefined();
    session.update({ to: [BOB], subject: 'Before it loaded' });
    session.setBodyHtml('<p>Hello</p>');
    const sending = session.send();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(0);
    arrive();
    await expect(sending).resolves.toEqual({ ok: true, state: 'undoable' });
    expect(loader.sessionFlowsLoaded()).toBeDefined();
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    // Undo comes from the same chunk, so it never waits for the network.
    await expect(session.undo()).resolves.toMatchObject({ ok: true });
    session.dispose();
  });

  it('the pre-send checks come with it: none in the snapshot before it arrives, the draft checked when it does', async () => {
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('./sessionFlowsChunk', async (importOriginal) => {
      await arrived;
      return importOriginal();
    });
    const { h } = await freshHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.setBodyHtml('<p>No one to send this to yet.</p>');
    expect(session.getSnapshot().checks).toEqual([]);
    let published = 0;
    session.subscribe(() => published++);
    arrive();
    await vi.waitFor(() => expect(published).toBeGreaterThan(0));
    expect(session.getSnapshot().checks.map((c) => c.code)).toEqual(['no-recipients', 'empty-subject']);
    session.dispose();
  });

  it('a Send that finds it unloadable sends nothing, says so, keeps the draft, and the next Send sends once', async () => {
    unloadable();
    const { h, BOB } = await freshHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], subject: 'Offline since the page loaded' });
    session.setBodyHtml('<p>Kept <b>here</b></p>');
    const failed = await session.send();
    expect(failed).toMatchObject({ ok: false, error: { code: 'send-failed', retryable: true } });
    const snapshot = session.getSnapshot();
    expect(snapshot.sendError?.message).toMatch(/could not be reached.*kept here/);
    expect(['pristine', 'dirty', 'saving', 'saved']).toContain(snapshot.state);
    expect(snapshot.draft.bodyHtml).toBe('<p>Kept <b>here</b></p>');
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(0);
    expect(h.count('POST', '/api/v1/mails/send')).toBe(0);

    vi.doUnmock('./sessionFlowsChunk');
    await expect(session.send()).resolves.toEqual({ ok: true, state: 'undoable' });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    session.dispose();
  });

  it('a Schedule that finds it unloadable schedules nothing and says so', async () => {
    unloadable();
    const { h, BOB } = await freshHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], subject: 'Later' });
    session.setBodyHtml('<p>Tomorrow.</p>');
    const failed = await session.schedule(Math.floor(Date.now() / 1000) + 86_400);
    expect(failed).toMatchObject({ ok: false, error: { code: 'send-failed', retryable: true } });
    expect(failed.ok ? '' : failed.error.message).toMatch(/could not be reached/);
    expect(h.count('POST', '/api/v1/drafts/*/send/schedule')).toBe(0);
    session.dispose();
  });

  it('a Cancel schedule that finds it unloadable keeps the mail scheduled, says so, and the next one cancels', async () => {
    unloadable();
    const { h, BOB } = await freshHarness();
    const deliveryTime = Math.ceil(h.emulator.controls.clock().now / 1000) + 3600;
    const { mailId } = await h.client.scheduleSend({
      to: [BOB],
      subject: 'Later',
      bodyText: 'in an hour',
      deliveryTime,
    });
    const session = h.open({ intent: { kind: 'scheduled', mailId } });
    await session.ready;
    await expect(session.cancelSchedule()).rejects.toMatchObject({ kind: 'network' });
    expect(session.getSnapshot()).toMatchObject({ state: 'scheduled', readOnly: true, scheduled: { mailId } });
    expect(session.getSnapshot().sendError?.message).toMatch(/schedule could not be cancelled/);
    expect(await h.folder('scheduled')).toEqual([mailId]);
    expect(h.count('DELETE', '/api/v1/mails/send/schedule/*')).toBe(0);

    vi.doUnmock('./sessionFlowsChunk');
    await session.cancelSchedule();
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', readOnly: false });
    expect(h.count('DELETE', '/api/v1/mails/send/schedule/*')).toBe(1);
    expect(await h.folder('scheduled')).toEqual([]);
    session.dispose();
  });
});
