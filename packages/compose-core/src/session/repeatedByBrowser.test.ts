// A browser sends a request again by itself when a kept-alive connection drops before the answer (Chromium does
// so for a POST too): the server did the work the first time, and the page sees only the repeat's 404 for a draft
// that the first one took. Over the real client and the in-process emulator.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, BOB, createHarness, FAKE_TIMERS } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

/** The request to `path` is done, and the page sees only the 404 of the browser's repeat. */
async function writingThenRepeated(subject: string, path: string) {
  const written = await writing(subject);
  written.h.emulator.controls.addFault({ method: 'POST', path, status: 404, phase: 'after', times: 1 });
  return written;
}

async function writing(subject: string) {
  const h = await createHarness();
  const session = h.open({ intent: { kind: 'new' } });
  await session.ready;
  session.update({ to: [BOB], subject });
  session.setBodyHtml(`<p>${subject}: the body.</p>`);
  return { h, session };
}

describe('a send or schedule whose repeat the server answered 404', () => {
  it('send draft: shown as sent, delivered once, no draft left', async () => {
    const { h, session } = await writingThenRepeated('Repeated send', '/api/v1/drafts/*/send');
    const events: unknown[] = [];
    h.outbox.onSettled((event) => events.push(event));
    await advance(2500);
    const draftMailId = session.getSnapshot().serverId;
    expect(await session.send()).toEqual({ ok: true, state: 'sent' });
    expect(session.getSnapshot().sendError).toBeUndefined();
    // What the toast of the send waits for, instead of "it may have been sent".
    expect(events).toEqual([{ type: 'reconciled', draftMailId, verdict: 'sent' }]);
    await advance(11_000, 500);
    expect((await h.delivered()).filter((m) => m.subject === 'Repeated send')).toHaveLength(1);
    expect(await h.folder('drafts')).toEqual([]);
    session.dispose();
  });

  it('schedule draft: scheduled once, its copy found in Scheduled', async () => {
    const { h, session } = await writingThenRepeated('Repeated schedule', '/api/v1/drafts/*/send/schedule');
    const at = Math.floor(Date.now() / 1000) + 3600;
    expect(await session.schedule(at)).toEqual({ ok: true, state: 'scheduled' });
    const scheduled = await h.folder('scheduled');
    expect(scheduled).toHaveLength(1);
    expect(session.getSnapshot().scheduled?.mailId).toBe(scheduled[0]);
    expect(await h.folder('drafts')).toEqual([]);
    session.dispose();
  });
});
