import type { AttachmentInstance, Mail, TemporaryAttachmentsResponse } from '@inkwell/axigen-client';
import { FIRST_ID, login, testEmulator } from './test-kit';

// Ids count from FIRST_ID (never reused across restarts); `at(n)` is the n-th id handed out.
const at = (n: number) => FIRST_ID + n - 1;

function form(
  files: [field: string, name: string, type: string, content: string | Uint8Array<ArrayBuffer>][],
): FormData {
  const fd = new FormData();
  for (const [field, name, type, content] of files) fd.append(field, new File([content], name, { type }));
  return fd;
}

describe('temporary attachments', () => {
  it('uploads several files under any field name and serves each back with its type', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const up = await alice.json<TemporaryAttachmentsResponse>(
      'POST',
      '/api/v1/temporaryAttachments',
      form([
        ['file', 'notes.txt', 'text/plain', 'hello'],
        ['whatever', 'Пример.bin', '', new Uint8Array([0, 1, 2, 255])],
        ['x', 'page.html', 'Text/HTML; charset=utf-8', '<p>'],
        ['y', 'odd', 'not a type', 'z'],
      ]),
    );
    expect(up.items).toEqual([
      { id: at(1), name: 'notes.txt', contentType: 'text/plain', size: 5 },
      { id: at(2), name: 'Пример.bin', contentType: 'application/octet-stream', size: 4 },
      { id: at(3), name: 'page.html', contentType: 'text/html', size: 3 },
      { id: at(4), name: 'odd', contentType: 'application/octet-stream', size: 1 },
    ]);
    const one = await alice.request('GET', `/api/v1/temporaryAttachments/${at(1)}`);
    expect(one.headers.get('content-type')).toBe('text/plain');
    expect(await one.text()).toBe('hello');
    const two = await alice.request('GET', `/api/v1/temporaryAttachments/${at(2)}`);
    expect([...new Uint8Array(await two.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it('deletes an item; it then 404s', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    await alice.json('POST', '/api/v1/temporaryAttachments', form([['f', 'a.txt', 'text/plain', 'a']]));
    const del = await alice.request('DELETE', `/api/v1/temporaryAttachments/${at(1)}`);
    expect(del.status).toBe(200);
    expect((await alice.request('GET', `/api/v1/temporaryAttachments/${at(1)}`)).status).toBe(404);
    expect((await alice.request('DELETE', `/api/v1/temporaryAttachments/${at(1)}`)).status).toBe(404);
  });

  it('keeps queues per account: no reads, deletes or sends of another account\u2019s items', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const bob = await login(emu, 'bob', 'builder');
    await alice.json('POST', '/api/v1/temporaryAttachments', form([['f', 'secret.txt', 'text/plain', 'secret']]));
    expect((await bob.request('GET', `/api/v1/temporaryAttachments/${at(1)}`)).status).toBe(404);
    expect((await bob.request('DELETE', `/api/v1/temporaryAttachments/${at(1)}`)).status).toBe(404);
    const send = await bob.request('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      temporaryAttachments: [{ id: at(1) }],
    });
    expect(send.status).toBe(400);
    expect((await alice.request('GET', `/api/v1/temporaryAttachments/${at(1)}`)).status).toBe(200);
  });

  it('answers 413 past maxUploadBytes and 400 for an upload without files or not multipart', async () => {
    const emu = testEmulator({ limits: { maxUploadBytes: 10 } });
    const alice = await login(emu);
    const big = await alice.request(
      'POST',
      '/api/v1/temporaryAttachments',
      form([['f', 'big.bin', 'application/octet-stream', 'x'.repeat(11)]]),
    );
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The upload is larger than the limit of 10 bytes',
    });
    const fd = new FormData();
    fd.append('note', 'just text');
    const none = await alice.request('POST', '/api/v1/temporaryAttachments', fd);
    expect(await none.json()).toEqual({ code: 'NO_FILES', message: 'The upload holds no files' });
    const json = await alice.request('POST', '/api/v1/temporaryAttachments', { file: 'x' });
    expect(json.status).toBe(400);
  });

  it('stores all parts of a mail in the queue with fresh queue-wide ids', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    await alice.json('POST', '/api/v1/temporaryAttachments', form([['f', 'a.txt', 'text/plain', 'a']]));
    const inbox = await alice.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=80_114&limit=100');
    const news = inbox.items.find((m) => m.subject === 'The Wonderland Times — November') as Mail;
    const { items } = await alice.json<{ items: AttachmentInstance[] }>('POST', '/api/v1/temporaryAttachments/store', {
      mailId: news.id,
    });
    expect(items.map((a) => [a.id, a.mailId, a.name, a.contentId, a.isInline])).toEqual([
      [at(2), news.id, 'banner.png', 'banner-1', true],
      [at(3), news.id, 'rabbit.png', 'rabbit-1', true],
      [at(4), news.id, 'schedule.txt', '', false],
    ]);
    const txt = await alice.request('GET', `/api/v1/temporaryAttachments/${at(4)}`);
    expect(await txt.text()).toBe('Croquet: Mon 10:00\nTea: Thu 18:00\n');
    const again = await alice.json<{ items: AttachmentInstance[] }>('POST', '/api/v1/temporaryAttachments/store', {
      mailId: news.id,
    });
    expect(again.items.map((a) => a.id)).toEqual([at(5), at(6), at(7)]);
  });

  it('store in queue: 404 for another account\u2019s mail, 400 for a bad body', async () => {
    const emu = testEmulator();
    const alice = await login(emu);
    const bob = await login(emu, 'bob', 'builder');
    const inbox = await alice.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=80_114&limit=1');
    expect(
      (await bob.request('POST', '/api/v1/temporaryAttachments/store', { mailId: inbox.items[0]?.id })).status,
    ).toBe(404);
    expect(await (await alice.request('POST', '/api/v1/temporaryAttachments/store', {})).json()).toEqual({
      code: 'MISSING_FIELD',
      message: 'mailId is required',
    });
    expect((await alice.request('POST', '/api/v1/temporaryAttachments/store', { mailId: 5 })).status).toBe(400);
  });
});
