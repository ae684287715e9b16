import PostalMime from 'postal-mime';
import type { MimeComposer, OutgoingMessage } from '../core/types';
import { base64ToBytes } from '../core/base64';
import { LOGO_PNG } from '../seed/images';
import { composeWithNodemailer } from '../node-mime';
import { buildMime, composePortable } from './compose-portable';

function message(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: 'Алиса Лидделл <alice@inkwell.test>',
    to: 'Bob Builder <bob@inkwell.test>, "Hatter, Mad" <hatter@teaparty.example>',
    cc: '田中 雪 <yuki@example.jp>',
    bcc: 'secret@example.test',
    subject: 'Ümlaut, 日本語 and عربي in one rather long subject that has to be split into several encoded words',
    text: 'Plain text — with dashes\nand two lines',
    html: '<p>Hi <img src="cid:logo@x"></p>',
    messageId: '<m1@inkwell.test>',
    date: new Date(Date.UTC(2026, 10, 21, 12)),
    inReplyTo: '<a@x>',
    references: '<z@x> <a@x>',
    headers: { Importance: 'high', 'X-Priority': '1 (Highest)' },
    attachments: [
      {
        filename: 'logo.png',
        contentType: 'image/png',
        content: base64ToBytes(LOGO_PNG),
        contentId: 'logo@x',
        inline: true,
      },
      {
        filename: 'Отчёт 2026.txt',
        contentType: 'text/plain',
        content: new TextEncoder().encode('данные'),
        inline: false,
      },
    ],
    ...over,
  };
}

const composers: [string, MimeComposer][] = [
  ['nodemailer', composeWithNodemailer],
  ['portable', composePortable],
];

describe.each(composers)('%s composer', (_name, compose) => {
  it('parses back with postal-mime: headers, bodies, cids and file names intact', async () => {
    const raw = await compose(message());
    const parsed = await PostalMime.parse(raw);
    expect(parsed.from).toEqual({ name: 'Алиса Лидделл', address: 'alice@inkwell.test' });
    expect(parsed.to).toEqual([
      { name: 'Bob Builder', address: 'bob@inkwell.test' },
      { name: 'Hatter, Mad', address: 'hatter@teaparty.example' },
    ]);
    expect(parsed.cc).toEqual([{ name: '田中 雪', address: 'yuki@example.jp' }]);
    expect(parsed.bcc).toEqual([{ name: '', address: 'secret@example.test' }]);
    expect(parsed.subject).toBe(message().subject);
    expect(parsed.messageId).toBe('<m1@inkwell.test>');
    expect(parsed.inReplyTo).toBe('<a@x>');
    expect(parsed.references).toBe('<z@x> <a@x>');
    expect(parsed.text?.replace(/\r?\n$/, '')).toBe('Plain text — with dashes\nand two lines');
    expect(parsed.html?.replace(/\r?\n$/, '')).toBe('<p>Hi <img src="cid:logo@x"></p>');
    expect(
      parsed.attachments.map((a) => [a.filename, a.mimeType, a.contentId ?? '', a.related ?? false, a.disposition]),
    ).toEqual([
      ['logo.png', 'image/png', '<logo@x>', true, 'inline'],
      ['Отчёт 2026.txt', 'text/plain', '', false, 'attachment'],
    ]);
    expect(new Uint8Array(parsed.attachments[0]?.content as ArrayBuffer)).toEqual(base64ToBytes(LOGO_PNG));
    expect(new TextDecoder().decode(parsed.attachments[1]?.content as ArrayBuffer)).toBe('данные');
    expect(parsed.headers.find((h) => h.key === 'importance')?.value).toBe('high');
    expect(new Date(parsed.date ?? '').toISOString()).toBe('2026-11-21T12:00:00.000Z');
  });

  it('writes no Bcc header when bcc is unset, and keeps every header line within 998 characters', async () => {
    const raw = await compose(message({ bcc: undefined }));
    expect(raw).not.toMatch(/^Bcc:/im);
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it('cannot be made to write extra headers through a subject or file name with line breaks', async () => {
    const raw = await compose(
      message({
        bcc: undefined,
        subject: 'Hi\r\nBcc: spy@evil.example',
        attachments: [
          { filename: 'a.txt\r\nX-Evil: 1', contentType: 'text/plain', content: new Uint8Array([65]), inline: false },
        ],
      }),
    );
    expect(raw).not.toMatch(/^Bcc:/im);
    expect(raw).not.toMatch(/^X-Evil:/im);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe('Hi Bcc: spy@evil.example');
  });

  it('composes a bare draft: no From, no recipients, text only', async () => {
    const raw = await compose({
      messageId: '<d@x>',
      date: new Date(0),
      headers: {},
      attachments: [],
      text: 'just text',
    });
    const parsed = await PostalMime.parse(raw);
    expect(parsed.from).toBeUndefined();
    expect(parsed.text?.replace(/\r?\n$/, '')).toBe('just text');
    expect(parsed.attachments).toEqual([]);
  });
});

describe('portable composer', () => {
  it('is deterministic for the same message', () => {
    expect(buildMime(message())).toBe(buildMime(message()));
  });

  it('uses multipart/related with the HTML first and the image\u2019s Content-ID', () => {
    const raw = buildMime(message({ text: undefined, attachments: message().attachments.slice(0, 1) }));
    expect(raw).toMatch(/^Content-Type: multipart\/related; type="text\/html"; boundary="[^"]+"\r$/m);
    expect(raw).toMatch(/^Content-ID: <logo@x>\r$/m);
    expect(raw.indexOf('text/html')).toBeLessThan(raw.indexOf('image/png'));
  });
});
