import { buildMime, type OutgoingAttachment } from '@inkwell/axigen-emulator';
import type { Locator, Page, Request } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addRecipient,
  composeDock,
  deliveredOnce,
  findRow,
  openWebmail,
  screenshot,
  signIn,
  waitForUndoToast,
  type OpenWebmail,
} from './openWebmail';

// Reply all and forward of a mail with files and inline images: who gets the reply, one "Re:", threading headers,
// the quote's images shown without a broken image or an unknown-scheme error; a forward that delivers every part;
// and opening a forward costs the same number of requests with 1 file as with 20.
let app: OpenWebmail;
beforeAll(async () => {
  app = await openWebmail();
  await app.page.setViewportSize({ width: 1280, height: 900 });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

/** A real PNG of one colour (so the two inline images differ), `w`×`h`. */
function png(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) rows.set(rgb, y * (w * 3 + 1) + 1 + x * 3);
  }
  const { deflateSync } = process.getBuiltinModule('node:zlib');
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

const FILES: OutgoingAttachment[] = [
  {
    filename: 'site-plan.pdf',
    contentType: 'application/pdf',
    content: new TextEncoder().encode('%PDF-1.4\n% a small plan\n%%EOF\n'),
    inline: false,
  },
  {
    filename: 'măsurători.txt',
    contentType: 'text/plain',
    content: new TextEncoder().encode('north wall: 4.20 m\nsouth wall: 4.35 m\n'),
    inline: false,
  },
];
const IMAGES: OutgoingAttachment[] = [
  {
    filename: 'front.png',
    contentType: 'image/png',
    content: png(40, 24, [200, 40, 40]),
    contentId: 'front@site.example',
    inline: true,
  },
  {
    filename: 'back.png',
    contentType: 'image/png',
    content: png(24, 40, [40, 120, 200]),
    contentId: 'back@site.example',
    inline: true,
  },
];

let seq = 0;
function rawMail(subject: string, attachments: OutgoingAttachment[], html: string): string {
  seq += 1;
  return buildMime({
    from: 'Zoe Zed <zoe@site.example>',
    to: 'Alice Liddell <alice@inkwell.test>, Bob Builder <bob@inkwell.test>',
    cc: 'carol@example.net, Alice <a.liddell@inkwell.test>',
    subject,
    html,
    text: 'See the photos and the files.',
    messageId: `<site-${seq}@site.example>`,
    references: '<earlier@site.example>',
    date: new Date(Date.UTC(2026, 10, 29, 9, seq)),
    headers: {},
    attachments,
  });
}

async function seed(mails: { subject: string; attachments: OutgoingAttachment[]; html?: string }[]): Promise<void> {
  const html =
    '<p>Front: <img src="cid:front@site.example" alt="front"> back: <img src="cid:back@site.example" alt="back"></p>';
  await app.control('seed', {
    method: 'POST',
    body: {
      mails: mails.map((m) => ({ account: 'alice', raw: rawMail(m.subject, m.attachments, m.html ?? html) })),
    },
  });
}

/** Console errors and failed requests (cancelled queries aside) from now on. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  return problems;
}

async function openMail(page: Page, subject: string): Promise<Locator> {
  const inbox = page.getByRole('listbox', { name: /^Inbox/ });
  await (
    await findRow(inbox, new RegExp(`^(?:Unread, )?Zoe Zed.*${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  ).click();
  const message = page.getByRole('article', { name: subject });
  await message.getByRole('heading', { name: subject }).waitFor();
  return message;
}

/** The chips of a recipients field, as `name address` or `address`. */
async function chips(compose: Locator, field: 'To' | 'Cc'): Promise<string[]> {
  const texts = await compose
    .getByRole('list', { name: `${field} recipients` })
    .locator('.ink-recipients-chip-label')
    .allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Every image of the quoted original in the compose window: its source and whether it loaded. */
function quoteImages(compose: Locator) {
  return compose.getByRole('group', { name: 'Quoted original message' }).evaluate((host) =>
    [...(host.shadowRoot?.querySelectorAll('img') ?? [])].map((img) => ({
      alt: img.alt,
      src: /^cid:/i.test(img.getAttribute('src') ?? '') ? 'cid' : img.hasAttribute('src') ? 'loadable' : 'none',
      loaded: img.complete && img.naturalWidth > 0,
    })),
  );
}

async function sendAndDeliver(compose: Locator, subject: string): Promise<PostalMimeEmail> {
  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForUndoToast(app.page);
  await expect(compose.count()).resolves.toBe(0);
  const { raw } = await deliveredOnce(app, subject);
  return PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
}
type PostalMimeEmail = Awaited<ReturnType<typeof PostalMime.parse>>;

it(
  'replies to all: sender and the others minus me, one Re:, threading headers, quoted images shown',
  { timeout: 120_000 },
  async () => {
    const { page } = app;
    await seed([{ subject: 'Site photos', attachments: [...FILES, ...IMAGES] }]);
    await signIn(page, app.url);
    const problems = watchProblems(page);
    const message = await openMail(page, 'Site photos');
    await message.getByRole('button', { name: 'Reply all' }).click();
    const compose = composeDock(page).getByRole('dialog', { name: 'Re: Site photos' });
    await expect
      .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
      .toBe('Re: Site photos');
    expect(await chips(compose, 'To')).toEqual(['Zoe Zed zoe@site.example', 'Bob Builder bob@inkwell.test']);
    expect(await chips(compose, 'Cc')).toEqual(['carol@example.net']);
    await expect
      .poll(() => quoteImages(compose), { timeout: 15_000 })
      .toEqual([
        { alt: 'front', src: 'loadable', loaded: true },
        { alt: 'back', src: 'loadable', loaded: true },
      ]);
    await compose.getByRole('textbox', { name: 'Message body' }).click({ position: { x: 40, y: 12 } });
    await page.keyboard.type('Thanks, both look fine.');
    await screenshot(page, 'reply-all-quoted-images');
    const reply = await sendAndDeliver(compose, 'Re: Site photos');
    expect(reply.inReplyTo).toBe('<site-1@site.example>');
    expect(reply.references).toBe('<earlier@site.example> <site-1@site.example>');
    expect(reply.to?.map((a) => a.address)).toEqual(['zoe@site.example', 'bob@inkwell.test']);
    expect(reply.cc?.map((a) => a.address)).toEqual(['carol@example.net']);
    // The quote keeps its images for the recipients, as cid: parts of the reply.
    const cids = (reply.html ?? '').match(/src="cid:[^"]+"/g) ?? [];
    expect(cids).toHaveLength(2);
    for (const src of cids) {
      const id = src.slice('src="cid:'.length, -1);
      expect(reply.attachments.some((a) => a.contentId?.replace(/^<|>$/g, '') === id)).toBe(true);
    }
    expect(problems).toEqual([]);
  },
);

it('keeps one Re: or Fwd: when the original already has one (Re:, RE:, FW:)', { timeout: 90_000 }, async () => {
  const { page } = app;
  await seed([
    { subject: 'Re: Budget', attachments: [], html: '<p>Numbers attached soon.</p>' },
    { subject: 'RE: Budget 2', attachments: [], html: '<p>More numbers.</p>' },
    { subject: 'FW: Agenda', attachments: [], html: '<p>The agenda.</p>' },
  ]);
  await signIn(page, app.url);
  for (const [subject, action, expected] of [
    ['Re: Budget', 'Reply', 'Re: Budget'],
    ['RE: Budget 2', 'Reply', 'Re: Budget 2'],
    ['FW: Agenda', 'Forward', 'Fwd: Agenda'],
  ] as const) {
    const message = await openMail(page, subject);
    await message.getByRole('button', { name: action, exact: true }).click();
    const compose = composeDock(page).getByRole('dialog', { name: expected });
    await expect
      .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
      .toBe(expected);
    await compose.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    await compose.waitFor({ state: 'detached' });
  }
});

it(
  'forwards every part: both files with their bytes and both inline images by cid:',
  { timeout: 120_000 },
  async () => {
    const { page } = app;
    await signIn(page, app.url);
    const problems = watchProblems(page);
    const message = await openMail(page, 'Site photos');
    await message.getByRole('button', { name: 'Forward' }).click();
    const compose = composeDock(page).getByRole('dialog', { name: 'Fwd: Site photos' });
    await expect
      .poll(() => compose.getByRole('textbox', { name: 'Subject' }).inputValue(), { timeout: 15_000 })
      .toBe('Fwd: Site photos');
    await expect
      .poll(() => compose.locator('.ink-attachments-item[data-state="uploaded"]:not([data-inline])').count(), {
        timeout: 15_000,
      })
      .toBe(2);
    await addRecipient(compose, 'To', 'Dan Dare <dan@example.org>');
    const forwarded = await sendAndDeliver(compose, 'Fwd: Site photos');
    expect(forwarded.to?.map((a) => a.address)).toEqual(['dan@example.org']);
    for (const file of FILES) {
      const part = forwarded.attachments.find((a) => a.filename === file.filename);
      expect(part?.disposition).toBe('attachment');
      expect(Buffer.from(part!.content as ArrayBuffer).equals(Buffer.from(file.content))).toBe(true);
    }
    const html = forwarded.html ?? '';
    for (const image of IMAGES) {
      const part = forwarded.attachments.find(
        (a) => a.mimeType === 'image/png' && Buffer.from(a.content as ArrayBuffer).equals(Buffer.from(image.content)),
      );
      expect(part?.contentId).toBeTruthy();
      expect(html).toContain(`src="cid:${part!.contentId!.replace(/^<|>$/g, '')}"`);
    }
    expect(forwarded.attachments).toHaveLength(4);
    expect(problems).toEqual([]);
  },
);

it('opens a forward with as many requests for 20 files as for 1', { timeout: 120_000 }, async () => {
  const { page } = app;
  const many = Array.from({ length: 20 }, (_, i) => ({
    filename: `file-${i + 1}.txt`,
    contentType: 'text/plain',
    content: new TextEncoder().encode(`file ${i + 1}\n`),
    inline: false,
  }));
  await seed([
    { subject: 'One file', attachments: many.slice(0, 1), html: '<p>One file.</p>' },
    { subject: 'Twenty files', attachments: many, html: '<p>Twenty files.</p>' },
  ]);
  await signIn(page, app.url);
  // The first forward after sign-in also loads the account (identity, aliases, signatures): not counted.
  const made: string[][] = [];
  for (const [subject, files] of [
    ['One file', 1],
    ['One file', 1],
    ['Twenty files', 20],
  ] as const) {
    const message = await openMail(page, subject);
    // Let the message view finish its own loading first: only the compose window's requests count.
    await message.getByRole('document', { name: 'Message body' }).getByText(subject).waitFor();
    const requests: string[] = [];
    const onRequest = (r: Request) => {
      // The mail's own id aside, so the two forwards compare request by request.
      const path = new URL(r.url()).pathname.replace(/\/mails\/[^/]+/, '/mails/{id}');
      if (path.startsWith('/api/')) requests.push(`${r.method()} ${path}`);
    };
    page.on('request', onRequest);
    await message.getByRole('button', { name: 'Forward' }).click();
    const compose = composeDock(page).getByRole('dialog', { name: `Fwd: ${subject}` });
    await expect
      .poll(() => compose.locator('.ink-attachments-item[data-state="uploaded"]:not([data-inline])').count(), {
        timeout: 20_000,
      })
      .toBe(files);
    page.off('request', onRequest);
    made.push(requests);
    await compose.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    await compose.waitFor({ state: 'detached' });
  }
  // The same requests for 20 files as for 1: the parts are copied in one Store in Queue, none fetched one by one.
  expect(made[2]).toEqual(made[1]);
  expect(made[2]!.filter((r) => r.includes('temporaryAttachments'))).toEqual([
    'POST /api/v1/temporaryAttachments/store',
  ]);
});
