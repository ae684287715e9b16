import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServerClock } from './serverClock';
import { advance, BOB, createHarness, FAKE_TIMERS } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
  vi.setSystemTime(new Date('2026-03-10T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  // A failed test must not leave the browser "offline" for the next.
  vi.restoreAllMocks();
});

const inSeconds = (ms: number) => Math.floor((Date.now() + ms) / 1000);

async function composed() {
  const h = await createHarness();
  const session = h.open({ intent: { kind: 'new' } });
  await session.ready;
  session.update({ to: [BOB], subject: 'Later' });
  session.setBodyHtml('<p>Tomorrow morning.</p>');
  return { h, session };
}

describe('schedule', () => {
  it('schedules the saved draft, and delivers it at that time', async () => {
    const { h, session } = await composed();
    const at = inSeconds(60 * 60_000);
    expect(await session.schedule(at)).toEqual({ ok: true, state: 'scheduled' });
    const snapshot = session.getSnapshot();
    expect(snapshot).toMatchObject({ state: 'scheduled', readOnly: true, scheduled: { deliveryTime: at } });
    expect(h.outbox.getSnapshot()).toMatchObject([
      { kind: 'scheduled', deliveryTime: at, mailId: snapshot.scheduled?.mailId },
    ]);
    expect(() => session.update({ subject: 'edit' })).toThrow(/cancel the schedule/);
    await h.emulator.controls.advanceClock(61 * 60_000);
    expect(await h.emulator.controls.outbox()).toHaveLength(1);
    session.dispose();
  });

  it('offline, schedules nothing and says so; back online, it schedules', async () => {
    const { h, session } = await composed();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    const at = inSeconds(60 * 60_000);
    const outcome = await session.schedule(at);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'offline', retryable: true } });
    expect(outcome.ok === false && outcome.error.message).toBe(
      'You are offline, so the message was not scheduled. It is kept here: try again when you are back online.',
    );
    expect(session.getSnapshot()).toMatchObject({ state: 'dirty', readOnly: false });
    expect(h.count('POST', '/api/v1/drafts/*/send/schedule')).toBe(0);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await session.schedule(at)).toEqual({ ok: true, state: 'scheduled' });
    onLine.mockRestore();
    session.dispose();
  });

  it('rejects a time in the past, less than a minute ahead, or more than a year ahead', async () => {
    const { h, session } = await composed();
    for (const at of [inSeconds(-60_000), inSeconds(30_000), inSeconds(367 * 24 * 3600_000)]) {
      const outcome = await session.schedule(at);
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
      expect(outcome.ok === false && outcome.error.message.length).toBeGreaterThan(0);
    }
    expect(h.count('POST', '/api/v1/drafts/*/send/schedule')).toBe(0);
    expect(session.getSnapshot().state).toBe('dirty');
    session.dispose();
  });

  it('validates against the server clock when it is skewed, and reports a large skew', async () => {
    const h = await createHarness();
    const serverClock = createServerClock({ now: () => Date.now() });
    // The server runs 10 minutes ahead.
    const skewed = serverClock.wrapFetch(
      async () => new Response('{}', { headers: { date: new Date(Date.now() + 600_000).toUTCString() } }),
    );
    await skewed('http://emulator.test/api/');
    const session = h.open({ intent: { kind: 'new' }, serverClock });
    await session.ready;
    session.update({ to: [BOB], subject: 'Skewed' });
    const skew = session.getSnapshot().clockSkew;
    expect(skew?.large).toBe(true);
    // The Date header has one-second resolution.
    expect(Math.abs((skew?.skewMs ?? 0) - 600_000)).toBeLessThanOrEqual(1000);
    // Five minutes ahead locally is five minutes in the server's past.
    const outcome = await session.schedule(inSeconds(5 * 60_000));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    session.dispose();
  });

  it('cancels the schedule and reopens the mail as an editable draft', async () => {
    const { h, session } = await composed();
    await session.schedule(inSeconds(2 * 3600_000));
    await session.cancelSchedule();
    const snapshot = session.getSnapshot();
    expect(snapshot).toMatchObject({ state: 'saved', readOnly: false, draft: { subject: 'Later', to: [BOB] } });
    expect(snapshot.scheduled).toBeUndefined();
    expect(h.outbox.getSnapshot()).toEqual([]);
    session.update({ subject: 'Later (edited)' });
    await advance(2100);
    expect((await h.client.getMail(session.getSnapshot().serverId as string)).subject).toBe('Later (edited)');
    await h.emulator.controls.advanceClock(3 * 3600_000);
    expect(await h.emulator.controls.outbox()).toEqual([]);
    session.dispose();
  });

  it('opens a scheduled mail read-only; editing needs cancelSchedule first', async () => {
    const { h, session } = await composed();
    await session.schedule(inSeconds(2 * 3600_000));
    const mailId = session.getSnapshot().scheduled?.mailId as string;
    session.dispose();
    const reopened = h.open({ intent: { kind: 'scheduled', mailId } });
    await reopened.ready;
    expect(reopened.getSnapshot()).toMatchObject({
      state: 'scheduled',
      readOnly: true,
      scheduled: { mailId },
      draft: { subject: 'Later' },
    });
    expect(() => reopened.setBodyHtml('<p>x</p>')).toThrow();
    await reopened.cancelSchedule();
    expect(reopened.getSnapshot()).toMatchObject({ state: 'saved', readOnly: false });
    reopened.dispose();
  });
});
