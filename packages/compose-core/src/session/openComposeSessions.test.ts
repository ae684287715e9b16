// Two accounts signing in, one after the other, on one browser: the list of open compose views is per account.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetOpenComposeSession, listOpenComposeSessions } from './openComposeSessions';
import { ALICE, BOB, createHarness, FAKE_TIMERS } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const CAROL = { name: 'Carol Jones', address: 'Carol@Inkwell.test' };

describe('listOpenComposeSessions', () => {
  it("lists only the account's own open views, never another account's subjects", async () => {
    const h = await createHarness();
    const alice = h.open({ intent: { kind: 'new' }, clientId: 'alice-1' });
    const carol = h.open({
      intent: { kind: 'new' },
      clientId: 'carol-1',
      identity: { from: CAROL, ownAddresses: [CAROL.address] },
    });
    await Promise.all([alice.ready, carol.ready]);
    alice.update({ to: [BOB], subject: 'Salary review' });
    carol.update({ to: [BOB], subject: 'Garden party' });
    // The page goes away: both views write their records to the one storage of this browser.
    window.dispatchEvent(new Event('pagehide'));

    const subjects = (account: string) =>
      listOpenComposeSessions({ account, storage: h.pageStorage }).map((s) => s.subject);
    expect(subjects(ALICE.address)).toEqual(['Salary review']);
    // The address as typed at sign-in, in any case.
    expect(subjects('carol@inkwell.test')).toEqual(['Garden party']);
    expect(subjects('CAROL@INKWELL.TEST')).toEqual(['Garden party']);
    expect(subjects('mallory@inkwell.test')).toEqual([]);
    alice.dispose();
    carol.dispose();
  });

  it('does not list a record that names no account (written before records had one)', async () => {
    const h = await createHarness();
    h.pageStorage.setItem(
      'inkwell-compose:old-1',
      JSON.stringify({ clientId: 'old-1', intent: { kind: 'new' }, subject: 'Whose?', updatedAt: 1 }),
    );
    expect(listOpenComposeSessions({ account: ALICE.address, storage: h.pageStorage })).toEqual([]);
    forgetOpenComposeSession('old-1', { storage: h.pageStorage });
    expect(h.pageStorage.getItem('inkwell-compose:old-1')).toBeNull();
  });
});
