// A replace saves under a new id and removes the old one: when its answer is lost, the next save meets a 404 for
// a draft that is not gone but renamed. Over the real client and the in-process emulator.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, BOB, createHarness, FAKE_TIMERS } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

async function savedDraft(subject: string) {
  const h = await createHarness();
  const session = h.open({ intent: { kind: 'new' } });
  await session.ready;
  session.update({ to: [BOB], subject });
  session.setBodyHtml(`<p>${subject}: the body.</p>`);
  await advance(2500);
  expect(session.getSnapshot().state).toBe('saved');
  return { h, session };
}

/** The session is saved, and Drafts holds its one draft with this text. */
async function expectOneDraft({ h, session }: Awaited<ReturnType<typeof savedDraft>>, text: string) {
  expect(session.getSnapshot().state).toBe('saved');
  const drafts = await h.folder('drafts');
  expect(drafts).toEqual([session.getSnapshot().serverId]);
  expect((await h.client.getBody(drafts[0]!, 'text')).content.trim()).toBe(text);
}

describe('a replace whose answer was lost', () => {
  it('answered 500 after it saved: the next save takes over the draft it made, one draft with the latest text', async () => {
    const { h, session } = await savedDraft('Replace 500 after');
    h.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', status: 500, phase: 'after', times: 1 });
    session.setBodyHtml('<p>Replace 500 after: the body, longer.</p>');
    await advance(2500);
    expect(session.getSnapshot().state).toBe('save-failed');
    session.setBodyHtml('<p>Replace 500 after: the body, longer still.</p>');
    await advance(10_000);
    await expectOneDraft({ h, session }, 'Replace 500 after: the body, longer still.');
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    session.dispose();
  });

  it('re-sent by the browser after a dropped connection (the repeat is a 404): the draft it made is taken over', async () => {
    const { h, session } = await savedDraft('Replace repeated');
    // What the page sees when Chromium repeats a PUT whose connection dropped after the server had done it.
    h.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', status: 404, phase: 'after', times: 1 });
    session.setBodyHtml('<p>Replace repeated: every word.</p>');
    await advance(5000);
    await expectOneDraft({ h, session }, 'Replace repeated: every word.');
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    session.dispose();
  });

  it('never answered: the save fails within the client timeout, and Send sends the draft it made, once', async () => {
    const { h, session } = await savedDraft('Replace hung');
    h.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', hang: true, phase: 'after', times: 1 });
    const states = new Set<string>();
    session.subscribe(() => states.add(session.getSnapshot().state));
    session.setBodyHtml('<p>Replace hung: every word, sent once.</p>');
    await advance(2000 + 16_000, 500);
    expect(states).toContain('save-failed');
    expect(await session.send()).toMatchObject({ ok: true });
    await advance(11_000, 500);
    const delivered = (await h.delivered()).filter((m) => m.subject === 'Replace hung');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.text?.trim()).toBe('Replace hung: every word, sent once.');
    expect(await h.folder('drafts')).toEqual([]);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    session.dispose();
  });

  it('a draft deleted elsewhere is still made again, with the text', async () => {
    const { h, session } = await savedDraft('Deleted elsewhere');
    await h.client.deleteMail(session.getSnapshot().serverId!);
    session.setBodyHtml('<p>Deleted elsewhere: kept.</p>');
    await advance(5000);
    await expectOneDraft({ h, session }, 'Deleted elsewhere: kept.');
    expect(h.count('POST', '/api/v1/mails')).toBe(2);
    session.dispose();
  });
});
