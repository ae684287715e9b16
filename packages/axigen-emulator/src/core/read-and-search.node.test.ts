import type { Folder, Mail } from '@inkwell/axigen-client';
import { login, testEmulator } from './test-kit';

type List = { totalItems: number; items: Mail[] };
type Folders = { items: Folder[] };
const INBOX = '80_114';
const SENT = '80_116';

async function setup() {
  const emu = testEmulator();
  const alice = await login(emu);
  const inbox = await alice.json<List>('GET', `/api/v1/mails?folderId=${INBOX}&limit=100`);
  const bySubject = (s: string) => {
    const m = inbox.items.find((x) => x.subject === s);
    if (!m) throw new Error(`no mail ${s}`);
    return m;
  };
  const inboxFolder = async () => {
    const folders = await alice.json<Folders>('GET', '/api/v1/folders?type=mails');
    return folders.items.find((f) => f.id === INBOX);
  };
  return { emu, alice, inbox, bySubject, inboxFolder };
}

describe('PATCH /api/v1/mails/{mailId} (Update)', () => {
  it('marks a mail read and unread; answers the mail; the folder counters follow', async () => {
    const { alice, inbox, bySubject, inboxFolder } = await setup();
    const unread = inbox.items.filter((m) => m.isUnread).length;
    expect(unread).toBeGreaterThan(0);
    expect(await inboxFolder()).toMatchObject({ totalItems: 40, unreadItems: unread });

    const report = bySubject('Quarterly report and site photos');
    expect(report.isUnread).toBe(true);
    const read = await alice.json<Mail>('PATCH', `/api/v1/mails/${report.id}`, { isUnread: false });
    expect(read).toMatchObject({ id: report.id, isUnread: false, isFlagged: false });
    expect(await alice.json<Mail>('GET', `/api/v1/mails/${report.id}`)).toMatchObject({ isUnread: false });
    expect(await inboxFolder()).toMatchObject({ totalItems: 40, unreadItems: unread - 1 });

    const again = await alice.json<Mail>('PATCH', `/api/v1/mails/${report.id}`, { isUnread: true, isFlagged: true });
    expect(again).toMatchObject({ isUnread: true, isFlagged: true });
    expect(await inboxFolder()).toMatchObject({ unreadItems: unread });
  });

  it('keeps the id (flags are not a move) and leaves a flag that is not given alone', async () => {
    const { alice, inbox } = await setup();
    const mail = inbox.items[0] as Mail;
    await alice.json('PATCH', `/api/v1/mails/${mail.id}`, { isFlagged: true });
    const after = await alice.json<Mail>('PATCH', `/api/v1/mails/${mail.id}`, { isUnread: !mail.isUnread });
    expect(after).toMatchObject({ id: mail.id, isFlagged: true, isUnread: !mail.isUnread });
  });

  it('rejects unknown fields, non-boolean flags and unknown mails', async () => {
    const { alice, inbox } = await setup();
    const id = inbox.items[0]?.id ?? '';
    const unknown = await alice.request('PATCH', `/api/v1/mails/${id}`, { isRead: true });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'UNKNOWN_FIELD' });
    const wrong = await alice.request('PATCH', `/api/v1/mails/${id}`, { isUnread: 'no' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'INVALID_FIELD' });
    expect((await alice.request('PATCH', '/api/v1/mails/ODBfMTE0Xzk5OTk5', { isUnread: false })).status).toBe(404);
  });
});

describe('POST /api/v1/mails/search', () => {
  const search = (alice: Awaited<ReturnType<typeof setup>>['alice'], body: unknown) =>
    alice.json<{ folderId: string; totalItems: number }>('POST', '/api/v1/mails/search', body);

  it('answers a temporary folder whose list names the originals', async () => {
    const { alice, bySubject } = await setup();
    const result = await search(alice, {
      folderIds: [INBOX],
      query: [{ field: 'subject', value: '"Quarterly"*', negate: 'no' }],
    });
    expect(result.totalItems).toBe(1);
    expect(result.folderId).not.toBe(INBOX);
    const list = await alice.json<List>('GET', `/api/v1/mails?folderId=${result.folderId}&start=0&limit=10`);
    const original = bySubject('Quarterly report and site photos');
    expect(list.totalItems).toBe(1);
    expect(list.items[0]).toMatchObject({
      subject: original.subject,
      folderId: result.folderId,
      originalFolderId: INBOX,
      originalMailId: original.id,
    });
  });

  it('matches from by name or address, several words all, and negation', async () => {
    const { alice, inbox } = await setup();
    const fromBob = inbox.items.filter((m) => m.from.toLowerCase().includes('bob'));
    expect(fromBob.length).toBeGreaterThan(0);
    const byName = await search(alice, { folderIds: [INBOX], query: [{ field: 'from', value: '"bob"*' }] });
    expect(byName.totalItems).toBe(fromBob.length);
    const byAddress = await search(alice, {
      folderIds: [INBOX],
      query: [{ field: 'from', value: '"bob@inkwell.test"*' }],
    });
    expect(byAddress.totalItems).toBe(inbox.items.filter((m) => m.from.includes('bob@inkwell.test')).length);
    const both = await search(alice, {
      folderIds: [INBOX],
      query: [{ field: 'subject', value: '"quarterly"* "photos"*' }],
    });
    expect(both.totalItems).toBe(1);
    const none = await search(alice, {
      folderIds: [INBOX],
      query: [{ field: 'subject', value: '"quarterly"* "zebra"*' }],
    });
    expect(none.totalItems).toBe(0);
    const notBob = await search(alice, { folderIds: [INBOX], query: [{ field: 'from', value: 'bob', negate: true }] });
    expect(notBob.totalItems).toBe(40 - fromBob.length);
  });

  it('ANDs criteria, reads unread live, searches several folders', async () => {
    const { alice, inbox } = await setup();
    const unread = inbox.items.filter((m) => m.isUnread);
    const result = await search(alice, { folderIds: [INBOX], query: [{ field: 'unread', negate: 'no' }] });
    expect(result.totalItems).toBe(unread.length);
    const read = await search(alice, { folderIds: [INBOX], query: [{ field: 'unread', negate: 'yes' }] });
    expect(read.totalItems).toBe(40 - unread.length);
    const sent = await alice.json<List>('GET', `/api/v1/mails?folderId=${SENT}&limit=100`);
    const all = await search(alice, {
      folderIds: [INBOX, SENT],
      query: [{ field: 'anyfield', value: '"a"*' }],
      recursive: true,
    });
    const anyA = [...inbox.items, ...sent.items].filter((m) =>
      [m.from, m.to, m.cc, m.subject].some((x) => x.toLowerCase().includes('a')),
    );
    expect(all.totalItems).toBeGreaterThanOrEqual(anyA.length);
  });

  it('rejects missing or malformed fields, unknown criteria and folders; a search folder is the caller’s own', async () => {
    const { emu, alice } = await setup();
    const cases: [unknown, number, string][] = [
      [{ query: [] }, 400, 'MISSING_FIELD'],
      [{ folderIds: [INBOX] }, 400, 'MISSING_FIELD'],
      [{ folderIds: INBOX, query: [] }, 400, 'INVALID_FIELD'],
      [{ folderIds: [INBOX], query: [{ field: 'label', value: '40_71' }] }, 400, 'INVALID_FIELD'],
      [{ folderIds: [INBOX], query: [{ field: 'from', value: '' }] }, 400, 'INVALID_FIELD'],
      [{ folderIds: [INBOX], query: [{ field: 'before', value: '2019-12-15' }] }, 400, 'INVALID_FIELD'],
      [{ folderIds: [INBOX], query: [], limit: 5 }, 400, 'UNKNOWN_FIELD'],
      [{ folderIds: ['81_114'], query: [] }, 404, 'NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const res = await alice.request('POST', '/api/v1/mails/search', body);
      expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([status, code]);
    }
    const mine = await search(alice, { folderIds: [INBOX], query: [] });
    expect(mine.totalItems).toBe(40);
    const bob = await login(emu, 'bob@inkwell.test', 'builder');
    expect((await bob.request('GET', `/api/v1/mails?folderId=${mine.folderId}`)).status).toBe(404);
  });
});
