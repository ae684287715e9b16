// An upload whose answer was lost may have stored the file in the server's queue: the user sees a retryable failure,
// the retry stores it again, and the mail carries the file once. Over the real client and the in-process emulator.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, BOB, createHarness, FAKE_TIMERS } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('an upload whose answer was lost', () => {
  it.each([
    ['answered 500 after it stored the file', { status: 500 }],
    ['its connection dropped after it stored the file', 'drop'],
  ] as const)('%s: retried by the user, sent once with one copy of the file', async (_, how) => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], subject: 'Budget' });
    session.setBodyHtml('<p>The budget is attached.</p>');
    h.loseResponse('POST', '/api/v1/temporaryAttachments', how);
    session.attachments.add(new File(['q1,q2\n10,20\n'], 'budget.csv', { type: 'text/csv' }));
    await advance(3000, 250);
    const [failed] = session.getSnapshot().draft.attachments;
    expect(failed).toMatchObject({ name: 'budget.csv', state: 'failed' });
    expect(failed?.error).toMatch(
      /^budget.csv did not finish uploading: the server (had a problem|could not be reached)\. Try again\.$/,
    );
    // The rest of the draft is saved meanwhile; the file is not lost from the view.
    expect(session.getSnapshot().state).toBe('saved');

    session.attachments.retry(failed!.localId);
    await advance(3000, 250);
    expect(session.getSnapshot().draft.attachments).toMatchObject([{ name: 'budget.csv', state: 'uploaded' }]);
    expect(await session.send()).toMatchObject({ ok: true });
    await advance(11_000, 500);
    const delivered = await h.delivered();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.attachments.map((a) => a.filename)).toEqual(['budget.csv']);
    expect(await h.folder('drafts')).toEqual([]);
    session.dispose();
  });
});
