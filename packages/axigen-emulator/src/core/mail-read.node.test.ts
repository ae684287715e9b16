import type { AttachmentInstance, Mail, MailBodyResponse } from '@inkwell/axigen-client';
import { login, testEmulator } from './test-kit';

type List = { syncToken: string; totalItems: number; sortInfo: unknown; items: Mail[] };
const INBOX = '80_114';
const decode = (b64: string) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

async function setup() {
  const emu = testEmulator();
  const alice = await login(emu);
  const inbox = await alice.json<List>('GET', `/api/v1/mails?folderId=${INBOX}&limit=100`);
  const bySubject = (s: string) => {
    const m = inbox.items.find((x) => x.subject === s);
    if (!m) throw new Error(`no mail ${s}`);
    return m;
  };
  return { emu, alice, inbox, bySubject };
}

describe('list and get', () => {
  it('lists a folder newest first with paging', async () => {
    const { alice, inbox } = await setup();
    expect(inbox.totalItems).toBe(40);
    const dates = inbox.items.map((m) => Number(m.date));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const page = await alice.json<List>('GET', `/api/v1/mails?folderId=${INBOX}&start=2&limit=3`);
    expect(page.items.map((m) => m.id)).toEqual(inbox.items.slice(2, 5).map((m) => m.id));
    expect(page.totalItems).toBe(40);
  });

  it('rejects bad paging and unknown folders', async () => {
    const { alice } = await setup();
    const res = await alice.request('GET', `/api/v1/mails?folderId=${INBOX}&limit=0`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'INVALID_FIELD', message: 'limit must be an integer from 1 to 1000' });
    expect((await alice.request('GET', '/api/v1/mails?folderId=81_114')).status).toBe(404);
  });

  it('projects a stored message onto the Mail schema', async () => {
    const { alice, bySubject } = await setup();
    const listed = bySubject('Quarterly report and site photos');
    const mail = await alice.json<Mail>('GET', `/api/v1/mails/${listed.id}`);
    expect(mail).toEqual(listed);
    expect(mail.id).toMatch(/^[A-Za-z0-9+/]+$/);
    expect(atob(mail.id + '='.repeat((4 - (mail.id.length % 4)) % 4))).toMatch(/^80_114_\d+$/);
    expect(mail).toMatchObject({
      folderId: INBOX,
      from: 'Bob Builder <bob@inkwell.test>',
      to: 'Alice Liddell <alice@inkwell.test>',
      cc: 'Queen of Hearts <queen@hearts.example>',
      replyTo: 'Bob Builder <bob@inkwell.test>',
      replyToAll: 'Alice Liddell <alice@inkwell.test>, Queen of Hearts <queen@hearts.example>',
      sender: '',
      messageId: '<seed-report@inkwell.test>',
      snippet: 'Hi Alice, Attached: the report (PDF), my notes and a chart. Bob',
      date: String(1795165200 - 180 * 60),
      isUnread: true,
      isDraft: false,
      hasAttachments: true,
      refwFlags: '',
      refwType: '',
      refwMailId: '',
      importance: 'normal',
      labelIds: [],
    });
    expect(mail.bcc).toBeUndefined();
    expect(mail.attachments.map((a) => [a.id, a.name, a.contentType, a.isInline])).toEqual([
      [0, 'Q3-report.pdf', 'application/pdf', false],
      [1, 'notes.txt', 'text/plain', false],
      [2, 'chart.png', 'image/png', false],
      [3, 'Übersicht März.txt', 'text/plain', false],
    ]);
    expect(mail.attachments[1]).toEqual({
      id: 1,
      mailId: mail.id,
      name: 'notes.txt',
      contentId: '',
      contentType: 'text/plain',
      size: 44,
      isInline: false,
    });
  });

  it('marks only cid-referenced multipart/related parts inline; a regular part may still carry a contentId', async () => {
    const { bySubject } = await setup();
    const news = bySubject('The Wonderland Times — November');
    expect(news.attachments.map((a) => [a.name, a.contentId, a.isInline])).toEqual([
      ['banner.png', 'banner-1', true],
      ['rabbit.png', 'rabbit-1', true],
      ['schedule.txt', '', false],
    ]);
    expect(news.hasAttachments).toBe(true);
    const welcome = bySubject('Welcome to Inkwell');
    expect(welcome.hasAttachments).toBe(false);
    expect(welcome.attachments[0]).toMatchObject({ contentId: 'logo@inkwell.test', isInline: true });
    const plain = bySubject('Logo as a regular attachment');
    expect(plain.attachments[0]).toMatchObject({ contentId: 'unused-logo', isInline: false });
  });

  it('does not mark a cid-referenced part inline when it sits outside multipart/related', async () => {
    const { emu, alice } = await setup();
    const raw = [
      'From: x@y.test',
      'Subject: mixed only',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p><img src="cid:pic@x"></p>',
      '--b',
      'Content-Type: image/png; name="pic.png"',
      'Content-ID: <pic@x>',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--b--',
      '',
    ].join('\r\n');
    const { mailIds } = await emu.controls.seed({ mails: [{ account: 'alice', raw }] });
    const mail = await alice.json<Mail>('GET', `/api/v1/mails/${mailIds[0]}`);
    expect(mail.attachments.map((a) => [a.name, a.contentId, a.isInline])).toEqual([['pic.png', 'pic@x', false]]);
    expect(mail.hasAttachments).toBe(true);
  });

  it('decodes non-Latin headers', async () => {
    const { bySubject } = await setup();
    expect(bySubject('来週の会議について').from).toBe('田中 雪 <yuki.tanaka@example.jp>');
    expect(bySubject('مرحبا أليس').from).toBe('ليلى حسن <layla@example.eg>');
  });

  it('404s for unknown, malformed and other accounts\u2019 ids', async () => {
    const { emu, inbox } = await setup();
    const bob = await login(emu, 'bob', 'builder');
    const aliceId = inbox.items[0]?.id ?? '';
    for (const path of [
      `/api/v1/mails/${aliceId}`,
      `/api/v1/mails/${aliceId}/body`,
      `/api/v1/mails/${aliceId}/attachments`,
      `/api/v1/mails/${aliceId}/attachments/0`,
      '/api/v1/mails/ODBfMTE0Xzk5OTk',
      '/api/v1/mails/!!',
    ]) {
      const res = await bob.request('GET', path);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
    }
    expect((await bob.request('DELETE', `/api/v1/mails/${aliceId}`)).status).toBe(404);
  });
});

describe('bodies', () => {
  it('returns the HTML body as base64 with its metadata', async () => {
    const { alice, bySubject } = await setup();
    const id = bySubject('Welcome to Inkwell').id;
    const body = await alice.json<MailBodyResponse>('GET', `/api/v1/mails/${id}/body?type=html`);
    const html = decode(body.data);
    expect(html).toContain('<img src="cid:logo@inkwell.test"');
    expect(body).toMatchObject({
      contentType: 'text/html',
      hasExternalImages: false,
      isTruncated: false,
      estimatedSize: new TextEncoder().encode(html).length,
    });
    const text = await alice.json<MailBodyResponse>('GET', `/api/v1/mails/${id}/body?type=text`);
    expect(decode(text.data)).toBe('Welcome, Alice!\n\nYour mailbox is ready.');
    expect(text.contentType).toBe('text/plain');
  });

  it('defaults to html, falls back to text, reports external images, keeps UTF-8 intact', async () => {
    const { alice, bySubject } = await setup();
    const tracking = await alice.json<MailBodyResponse>(
      'GET',
      `/api/v1/mails/${bySubject('Weekly deals (remote images)').id}/body?showExternalImages=false`,
    );
    expect(tracking.hasExternalImages).toBe(true);
    expect(decode(tracking.data)).toContain('https://tracker.evil.example/pixel.gif');
    const ja = await alice.json<MailBodyResponse>(
      'GET',
      `/api/v1/mails/${bySubject('来週の会議について').id}/body?type=html`,
    );
    expect(ja.contentType).toBe('text/plain');
    expect(decode(ja.data)).toContain('来週の会議は火曜日の午後三時からです。');
  });

  it('rejects an unknown body type', async () => {
    const { alice, inbox } = await setup();
    const res = await alice.request('GET', `/api/v1/mails/${inbox.items[0]?.id}/body?type=pdf`);
    expect(res.status).toBe(400);
  });

  it('truncates HTML over 2 MB and serves the whole body at /body/full', async () => {
    const { emu, alice } = await setup();
    const big = `<p>${'é'.repeat(1_100_000)}</p>`;
    const { mailIds } = await emu.controls.seed({ mails: [{ account: 'alice', subject: 'Big', html: big }] });
    const id = mailIds[0] ?? '';
    const body = await alice.json<MailBodyResponse>('GET', `/api/v1/mails/${id}/body`);
    expect(body.isTruncated).toBe(true);
    expect(body.estimatedSize).toBe(new TextEncoder().encode(big).length);
    const part = decode(body.data);
    expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(part.startsWith('<p>éé')).toBe(true);
    const full = await alice.request('GET', `/api/v1/mails/${id}/body/full`);
    expect(full.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await full.text()).toBe(big);
  });
});

describe('attachments', () => {
  it('lists and serves attachment bytes inline or as a download', async () => {
    const { alice, bySubject } = await setup();
    const id = bySubject('Quarterly report and site photos').id;
    const { items } = await alice.json<{ items: AttachmentInstance[] }>('GET', `/api/v1/mails/${id}/attachments`);
    expect(items).toHaveLength(4);
    const notes = await alice.request('GET', `/api/v1/mails/${id}/attachments/1`);
    expect(notes.headers.get('content-type')).toBe('text/plain');
    expect(notes.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''notes.txt");
    expect(await notes.text()).toBe('Foundation: done\nWalls: 80%\nRoof: next week\n');
    const png = await alice.request('GET', `/api/v1/mails/${id}/attachments/2/download`);
    expect(png.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''chart.png");
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await alice.request('GET', `/api/v1/mails/${id}/attachments/4`)).status).toBe(404);
  });
});

describe('folders and delete', () => {
  it('lists folders with and without the trailing slash; Scheduled has role ""', async () => {
    const { alice } = await setup();
    const a = await alice.json<{ syncToken: string; items: { id: string; name: string; role: string }[] }>(
      'GET',
      '/api/v1/folders/?type=mails',
    );
    const b = await alice.json<typeof a>('GET', '/api/v1/folders?type=mails');
    expect(b.items).toEqual(a.items);
    expect(a.items.map((f) => [f.id, f.name, f.role])).toEqual([
      ['80_114', 'Inbox', 'inbox'],
      ['80_115', 'Drafts', 'drafts'],
      ['80_116', 'Sent', 'sent'],
      ['80_117', 'Trash', 'trash'],
      ['80_118', 'Junk', 'junk'],
      ['80_119', 'Scheduled', ''],
    ]);
  });

  it('deletes to Trash (new id), then for good', async () => {
    const { alice, inbox } = await setup();
    const id = inbox.items[0]?.id ?? '';
    expect((await alice.request('DELETE', `/api/v1/mails/${id}`)).status).toBe(200);
    expect((await alice.request('GET', `/api/v1/mails/${id}`)).status).toBe(404);
    const trash = await alice.json<List>('GET', '/api/v1/mails?folderId=80_117');
    expect(trash.items.map((m) => m.subject)).toEqual(['Welcome to Inkwell']);
    const trashed = trash.items[0]?.id ?? '';
    expect((await alice.request('DELETE', `/api/v1/mails/${trashed}`)).status).toBe(200);
    expect((await alice.json<List>('GET', '/api/v1/mails?folderId=80_117')).totalItems).toBe(0);
  });
});
