import type { Mail, TemporaryAttachmentsResponse } from '@inkwell/axigen-client';
import PostalMime from 'postal-mime';
import type { DeliveredMessage, OutboxView } from './types';
import { CHART_PNG, LOGO_PNG } from '../seed/images';
import { base64ToBytes } from './base64';
import { login, req, T0, testEmulator } from './test-kit';
import { composePortable } from '../mime/compose-portable';

async function setup() {
  const delivered: DeliveredMessage[] = [];
  const emu = testEmulator({ onDelivered: (m) => void delivered.push(m) });
  const alice = await login(emu);
  const bob = await login(emu, 'bob', 'builder');
  return { emu, alice, bob, delivered };
}

async function upload(caller: Awaited<ReturnType<typeof login>>, files: [string, string, Uint8Array<ArrayBuffer>][]) {
  const fd = new FormData();
  for (const [name, type, bytes] of files) fd.append('file', new File([bytes], name, { type }));
  return (await caller.json<TemporaryAttachmentsResponse>('POST', '/api/v1/temporaryAttachments', fd)).items;
}

describe('delivered MIME', () => {
  it('builds multipart/related for cid: images, multipart/alternative with generated text, regular attachments', async () => {
    const { emu, alice, delivered } = await setup();
    const [logo, chart] = await upload(alice, [
      ['logo.png', 'image/png', base64ToBytes(LOGO_PNG)],
      ['chart.png', 'image/png', base64ToBytes(CHART_PNG)],
    ]);
    await alice.json('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      subject: 'With pictures',
      bodyHtml: '<p>Logo: <img src="cid:logo-1@inkwell"></p><p>Second line</p>',
      temporaryAttachments: [{ id: logo?.id, contentId: 'logo-1@inkwell', isInline: true }, { id: chart?.id }],
    });
    await emu.controls.advanceClock(10_000);
    const raw = delivered[0]?.raw ?? '';
    expect(raw).toMatch(/Content-Type: multipart\/related/i);
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(raw).toMatch(/^Content-ID: <logo-1@inkwell>\r?$/m);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.html).toContain('<img src="cid:logo-1@inkwell">');
    expect(parsed.text?.trim()).toBe('Logo:\n\nSecond line');
    expect(parsed.attachments.map((a) => [a.filename, a.contentId ?? '', a.related ?? false, a.disposition])).toEqual([
      ['logo.png', '<logo-1@inkwell>', true, 'inline'],
      ['chart.png', '', false, 'attachment'],
    ]);
    expect(new Uint8Array(parsed.attachments[0]?.content as ArrayBuffer)).toEqual(base64ToBytes(LOGO_PNG));
    const bobInbox = await (
      await login(emu, 'bob', 'builder')
    ).json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=81_114');
    const received = bobInbox.items[0] as Mail;
    expect(received.subject).toBe('With pictures');
    expect(received.attachments.map((a) => [a.name, a.contentId, a.isInline])).toEqual([
      ['logo.png', 'logo-1@inkwell', true],
      ['chart.png', '', false],
    ]);
    expect(received.hasAttachments).toBe(true);
  });

  it('threads replies with In-Reply-To and References from the source', async () => {
    const { emu, alice, delivered } = await setup();
    const inbox = await alice.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=80_114&limit=100');
    const last = inbox.items.find((m) => m.messageId === '<seed-chain-9@inkwell.test>') as Mail;
    await alice.json('POST', '/api/v1/mails/send', {
      to: last.replyTo,
      subject: 'Re: Tea party on Thursday',
      bodyText: 'Yes',
      refwType: 're',
      refwMailId: last.id,
    });
    await emu.controls.advanceClock(10_000);
    const parsed = await PostalMime.parse(delivered[0]?.raw ?? '');
    expect(parsed.inReplyTo).toBe('<seed-chain-9@inkwell.test>');
    const refs = (parsed.references ?? '').split(/\s+/);
    expect(refs).toEqual(Array.from({ length: 9 }, (_, i) => `<seed-chain-${i + 1}@inkwell.test>`));
    expect(parsed.messageId).toMatch(/^<[\w-]+@inkwell\.test>$/);
    expect(parsed.messageId).not.toBe('<seed-chain-9@inkwell.test>');
    expect(new Date(parsed.date ?? '').getTime()).toBe(T0 + 10_000);
    expect(delivered[0]?.raw).not.toMatch(/^X-Inkwell-/im);
  });

  it('sends no Bcc header, yet the Bcc recipient receives it (local, via alias, case-insensitive, once per account)', async () => {
    const { emu, alice, bob, delivered } = await setup();
    await alice.json('POST', '/api/v1/mails/send', {
      to: 'hatter@teaparty.example',
      cc: 'A.LIDDELL@inkwell.test',
      bcc: 'BOB@Inkwell.Test, alice@inkwell.test',
      subject: 'Secret copy',
      bodyText: 'psst',
    });
    await emu.controls.advanceClock(10_000);
    const msg = delivered[0] as DeliveredMessage;
    expect(msg.raw).not.toMatch(/^Bcc:/im);
    expect(msg.envelope).toEqual({
      from: 'alice@inkwell.test',
      to: ['hatter@teaparty.example', 'A.LIDDELL@inkwell.test', 'BOB@Inkwell.Test', 'alice@inkwell.test'],
    });
    const bobInbox = await bob.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=81_114');
    expect(bobInbox.items[0]).toMatchObject({ subject: 'Secret copy', isUnread: true });
    expect(bobInbox.items[0]?.bcc).toBeUndefined();
    const aliceInbox = await alice.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=80_114&limit=100');
    expect(aliceInbox.items.filter((m) => m.subject === 'Secret copy')).toHaveLength(1);
    const outbox = (await (await emu.handle(req('GET', '/__emulator/outbox'))).json()) as OutboxView[];
    expect(outbox[0]?.bcc).toEqual(['BOB@Inkwell.Test', 'alice@inkwell.test']);
  });

  it('writes importance and receipt headers', async () => {
    const { emu, alice, delivered } = await setup();
    await alice.json('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      subject: 'Urgent',
      importance: 'high',
      requestReadReceipt: true,
      requestDeliveryReceipt: true,
    });
    await emu.controls.advanceClock(10_000);
    const parsed = await PostalMime.parse(delivered[0]?.raw ?? '');
    const header = (k: string) => parsed.headers.find((h) => h.key === k)?.value;
    expect(header('importance')).toBe('high');
    expect(header('x-priority')).toBe('1 (Highest)');
    expect(header('disposition-notification-to')).toBe('alice@inkwell.test');
    expect(delivered[0]?.requestDeliveryReceipt).toBe(true);
    const bob = await login(emu, 'bob', 'builder');
    const got = (await bob.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=81_114')).items[0];
    expect(got).toMatchObject({ importance: 'high', returnReceipt: true });
  });

  it('delivers exactly once even when onDelivered throws, and keeps raw messages in the outbox', async () => {
    let calls = 0;
    const emu = testEmulator({
      onDelivered: () => {
        calls++;
        throw new Error('relay down');
      },
    });
    const alice = await login(emu);
    await alice.json('POST', '/api/v1/mails/send', { to: 'hatter@teaparty.example', subject: 'once' });
    await Promise.all([emu.controls.advanceClock(10_000), emu.tick(), emu.tick()]);
    await emu.tick();
    expect(calls).toBe(1);
    const raw = await emu.handle(req('GET', '/__emulator/outbox/1/raw'));
    expect(raw.headers.get('content-type')).toBe('message/rfc822');
    expect(await raw.text()).toMatch(/^Subject: once\r?$/m);
    expect((await emu.handle(req('GET', '/__emulator/outbox/2/raw'))).status).toBe(404);
  });

  it('runs end to end with the portable (browser) composer too', async () => {
    const delivered: DeliveredMessage[] = [];
    const emu = testEmulator({ composeMime: composePortable, onDelivered: (m) => void delivered.push(m) });
    const alice = await login(emu);
    const [logo] = await upload(alice, [['logo.png', 'image/png', base64ToBytes(LOGO_PNG)]]);
    await alice.json('POST', '/api/v1/mails/send', {
      to: 'bob@inkwell.test',
      bcc: 'hatter@teaparty.example',
      subject: 'Портативно',
      bodyHtml: '<p><img src="cid:l@x"></p>',
      temporaryAttachments: [{ id: logo?.id, contentId: 'l@x', isInline: true }],
    });
    await emu.controls.advanceClock(10_000);
    expect(delivered[0]?.raw).not.toMatch(/^Bcc:/im);
    const bob = await login(emu, 'bob', 'builder');
    const got = (await bob.json<{ items: Mail[] }>('GET', '/api/v1/mails?folderId=81_114')).items[0] as Mail;
    expect(got.subject).toBe('Портативно');
    expect(got.attachments.map((a) => [a.contentId, a.isInline])).toEqual([['l@x', true]]);
  });
});
