import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, BOB, createHarness, FAKE_TIMERS, settle, type Harness } from './testing/createHarness';
import { createChannelHub } from './testing/createChannelHub';
import type { ComposeSession } from './types';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const CAROL = { name: 'Carol', address: 'carol@inkwell.test' };

/** A new message saved in tab A, then the same draft reopened from Drafts in tab B: two views, two client ids. */
async function twoViews(h: Harness): Promise<{ a: ComposeSession; b: ComposeSession }> {
  const hub = createChannelHub();
  const a = h.open({ intent: { kind: 'new' }, clientId: 'new-1', broadcastChannel: hub });
  await a.ready;
  a.update({ to: [BOB], subject: 'Plan' });
  a.setBodyHtml('<p>Draft text</p>');
  await a.save();
  const mailId = a.getSnapshot().serverId as string;
  const b = h.open({ intent: { kind: 'draft', mailId }, clientId: `mail:${mailId}`, broadcastChannel: hub });
  await b.ready;
  expect(b.getSnapshot()).toMatchObject({ state: 'saved', serverId: mailId, draft: { subject: 'Plan' } });
  return { a, b };
}

/** Lets journal writes (300 ms), their broadcasts and an autosave (2 s) happen. */
const quiet = () => advance(3000);

describe('one draft open in two views opened differently (new message, reopened from Drafts)', () => {
  it('edited one after the other: each view follows the other, one server draft holds the latest', async () => {
    const h = await createHarness();
    const { a, b } = await twoViews(h);

    b.update({ subject: 'Plan, edited in B' });
    await quiet();
    // A had nothing unsaved: it shows B's version at once, without asking, and points at B's new server copy.
    expect(a.getSnapshot().conflict).toBeUndefined();
    expect(a.getSnapshot().draft.subject).toBe('Plan, edited in B');
    expect(b.getSnapshot().state).toBe('saved');
    await settle();
    expect(a.getSnapshot().serverId).toBe(b.getSnapshot().serverId);

    a.setBodyHtml('<p>Draft text, more from A</p>');
    await quiet();
    expect(b.getSnapshot().conflict).toBeUndefined();
    expect(b.getSnapshot().draft.bodyHtml).toBe('<p>Draft text, more from A</p>');
    expect(a.getSnapshot().state).toBe('saved');

    const drafts = await h.folder('drafts');
    expect(drafts).toEqual([a.getSnapshot().serverId]);
    const saved = await h.client.getMail(drafts[0] as string);
    expect(saved.subject).toBe('Plan, edited in B');
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(2);
    a.dispose();
    b.dispose();
  });

  it('edited at the same time: both show the conflict; one merges per field, the other follows', async () => {
    const h = await createHarness();
    const { a, b } = await twoViews(h);

    // Both type before either hears of the other.
    a.update({ subject: 'Plan (A)' });
    b.update({ to: [BOB, CAROL] });
    b.setBodyHtml('<p>Draft text, agenda from B</p>');
    await quiet();
    expect(a.getSnapshot().conflict?.fields).toEqual({
      to: { mine: [BOB], theirs: [BOB, CAROL] },
      subject: { mine: 'Plan (A)', theirs: 'Plan' },
      body: { mine: '<p>Draft text</p>', theirs: '<p>Draft text, agenda from B</p>' },
    });
    expect(b.getSnapshot().conflict?.theirs.subject).toBe('Plan (A)');
    // Nothing is written to the server while the views disagree, and nothing typed is dropped.
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(0);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);

    // What B types while the conflict shows reaches A's comparison (journaled, not saved).
    b.setBodyHtml('<p>Draft text, agenda from B, typed on</p>');
    await advance(400);
    expect(a.getSnapshot().conflict?.fields.body?.theirs).toBe('<p>Draft text, agenda from B, typed on</p>');
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(0);

    a.resolveConflict({ to: 'theirs', subject: 'mine', body: 'theirs' });
    await quiet();
    expect(a.getSnapshot()).toMatchObject({ state: 'saved', draft: { subject: 'Plan (A)' } });
    // B's version was taken in by A: B follows without asking again.
    expect(b.getSnapshot().conflict).toBeUndefined();
    expect(b.getSnapshot().draft).toMatchObject({
      to: [BOB, CAROL],
      subject: 'Plan (A)',
      bodyHtml: '<p>Draft text, agenda from B, typed on</p>',
    });
    await settle();
    expect(b.getSnapshot().serverId).toBe(a.getSnapshot().serverId);

    const drafts = await h.folder('drafts');
    expect(drafts).toEqual([a.getSnapshot().serverId]);
    const saved = await h.client.getMail(drafts[0] as string);
    expect(saved.subject).toBe('Plan (A)');
    expect(saved.to).toContain(CAROL.address);
    a.dispose();
    b.dispose();
  });

  it('a view that typed after the other merged is asked again, and its new text is kept', async () => {
    const h = await createHarness();
    const { a, b } = await twoViews(h);
    a.update({ subject: 'Plan (A)' });
    b.update({ subject: 'Plan (B)' });
    await quiet();
    expect(b.getSnapshot().conflict).toBeDefined();
    // B types on while A resolves: B's latest text is not overruled silently.
    b.setBodyHtml('<p>Typed in B during the conflict</p>');
    a.resolveConflict('mine');
    await quiet();
    expect(b.getSnapshot().conflict?.theirs.subject).toBe('Plan (A)');
    expect(b.getSnapshot().draft.bodyHtml).toBe('<p>Typed in B during the conflict</p>');
    b.resolveConflict({ subject: 'theirs', body: 'mine' });
    await quiet();
    await settle();
    const drafts = await h.folder('drafts');
    expect(drafts).toHaveLength(1);
    const saved = await h.client.getMail(drafts[0] as string);
    expect(saved.subject).toBe('Plan (A)');
    expect(a.getSnapshot().draft.bodyHtml).toBe('<p>Typed in B during the conflict</p>');
    a.dispose();
    b.dispose();
  });
});

describe('a save that meets the draft already replaced by the other view', () => {
  it('is not made again as a second draft: the conflict is shown, and the chosen version saved onto theirs', async () => {
    const h = await createHarness();
    const hub = createChannelHub();
    // The other view's news reach A only once A's save has met the 404 and A is looking for what happened.
    const held: (() => void)[] = [];
    let holding = true;
    const gated = (name: string) => {
      const channel = hub(name);
      return {
        ...channel,
        postMessage: (message: unknown) =>
          holding ? held.push(() => channel.postMessage(message)) : channel.postMessage(message),
      };
    };
    const listMails: typeof h.client.listMails = (...args) => {
      holding = false;
      for (const send of held.splice(0)) send();
      return h.client.listMails(...args);
    };
    const a = h.open({
      intent: { kind: 'new' },
      clientId: 'new-2',
      broadcastChannel: hub,
      client: Object.assign(Object.create(h.client) as typeof h.client, { listMails }),
    });
    await a.ready;
    a.update({ to: [BOB], subject: 'Plan' });
    await a.save();
    const mailId = a.getSnapshot().serverId as string;
    const b = h.open({ intent: { kind: 'draft', mailId }, clientId: `mail:${mailId}`, broadcastChannel: gated });
    await b.ready;
    b.update({ subject: 'Plan (B)' });
    await advance(3000);
    expect(b.getSnapshot().state).toBe('saved');
    expect(a.getSnapshot().draft.subject).toBe('Plan');

    a.setBodyHtml('<p>Written in A</p>');
    await advance(3000);
    expect(a.getSnapshot().conflict?.fields.subject).toEqual({ mine: 'Plan', theirs: 'Plan (B)' });
    expect(a.getSnapshot().saveError).toBeUndefined();
    expect(h.count('POST', '/api/v1/mails')).toBe(1);

    a.resolveConflict({ subject: 'theirs', body: 'mine' });
    await advance(3000);
    const drafts = await h.folder('drafts');
    expect(drafts).toEqual([a.getSnapshot().serverId]);
    const saved = await h.client.getMail(drafts[0] as string);
    expect(saved.subject).toBe('Plan (B)');
    expect((await h.client.getBody(drafts[0]!, 'text')).content.trim()).toBe('Written in A');
    a.dispose();
    b.dispose();
  });
});

/** A channel factory whose tab can be frozen: messages sent to it meanwhile are lost, as for a tab the browser froze. */
function freezable(hub: ReturnType<typeof createChannelHub>) {
  const state = { frozen: false };
  const factory = (name: string) => {
    const channel = hub(name);
    return {
      ...channel,
      addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) =>
        channel.addEventListener(type, (event) => {
          if (!state.frozen) listener(event);
        }),
    };
  };
  return { factory, state };
}

describe('a view that missed the other view’s news (its tab was frozen)', () => {
  async function frozenWhileSaved(h: Harness) {
    const hub = createChannelHub();
    const a = h.open({ intent: { kind: 'new' }, clientId: 'new-3', broadcastChannel: hub });
    await a.ready;
    a.update({ to: [BOB], subject: 'Plan' });
    await a.save();
    const mailId = a.getSnapshot().serverId as string;
    const tab = freezable(hub);
    const b = h.open({ intent: { kind: 'draft', mailId }, clientId: `mail:${mailId}`, broadcastChannel: tab.factory });
    await b.ready;
    // B's tab sleeps; A edits and saves, which replaces the draft under a new id. B hears none of it.
    tab.state.frozen = true;
    a.setBodyHtml('<p>Written in A</p>');
    await quiet();
    expect(a.getSnapshot().serverId).not.toBe(mailId);
    tab.state.frozen = false;
    // Woken, B types and saves onto the id it knew, which is gone.
    b.update({ subject: 'Plan (B)' });
    return { a, b };
  }

  it('asks the other view, shows the conflict instead of making a second draft, and saves the choice onto it', async () => {
    const h = await createHarness();
    const { a, b } = await frozenWhileSaved(h);
    await quiet();
    expect(b.getSnapshot().conflict?.fields).toMatchObject({
      subject: { mine: 'Plan (B)', theirs: 'Plan' },
      body: { theirs: '<p>Written in A</p>' },
    });
    expect(b.getSnapshot().saveError).toBeUndefined();
    expect(h.count('POST', '/api/v1/mails')).toBe(1);

    b.resolveConflict({ subject: 'mine', body: 'theirs' });
    await quiet();
    await settle();
    // A, which B's typing on the old version had put in conflict too, follows the choice without asking again.
    expect(a.getSnapshot().conflict).toBeUndefined();
    expect(a.getSnapshot().draft).toMatchObject({ subject: 'Plan (B)', bodyHtml: '<p>Written in A</p>' });
    const drafts = await h.folder('drafts');
    expect(drafts).toEqual([b.getSnapshot().serverId]);
    const saved = await h.client.getMail(drafts[0] as string);
    expect(saved.subject).toBe('Plan (B)');
    expect((await h.client.getBody(drafts[0]!, 'text')).content.trim()).toBe('Written in A');
    a.dispose();
    b.dispose();
  });

  it('makes the draft again with its text when no other view answers (it was closed)', async () => {
    const h = await createHarness();
    const { a, b } = await frozenWhileSaved(h);
    a.dispose();
    await quiet();
    expect(b.getSnapshot().state).toBe('saved');
    expect(b.getSnapshot().conflict).toBeUndefined();
    expect(h.count('POST', '/api/v1/mails')).toBe(2);
    expect((await h.client.getMail(b.getSnapshot().serverId as string)).subject).toBe('Plan (B)');
    b.dispose();
  });

  it('makes the draft again, without a conflict, when it was deleted elsewhere and the other view is at the same id', async () => {
    const h = await createHarness();
    const { a, b } = await twoViews(h);
    const mailId = b.getSnapshot().serverId as string;
    await h.client.deleteMail(mailId);
    b.update({ subject: 'Plan, still wanted' });
    await quiet();
    await settle();
    expect(b.getSnapshot().state).toBe('saved');
    expect(b.getSnapshot().conflict).toBeUndefined();
    expect(b.getSnapshot().serverId).not.toBe(mailId);
    expect(h.count('POST', '/api/v1/mails')).toBe(2);
    // The other view, which had nothing unsaved, follows the draft to its new id.
    await quiet();
    expect(a.getSnapshot().conflict).toBeUndefined();
    expect(a.getSnapshot().serverId).toBe(b.getSnapshot().serverId);
    a.dispose();
    b.dispose();
  });
});
