// Network economy, counted against the emulator: what typing, opening a reply or forward, and an inline image
// cost in requests and bytes. Time is fake; the emulator is real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS } from './createAutosave';
import { advance, createHarness, FAKE_TIMERS, settle, type Harness } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

interface Handled {
  method: string;
  path: string;
  at: number;
  bytes: number;
}

/** Every request the emulator handles, with its time and the bytes of its body. */
function recordHandled(h: Harness): Handled[] {
  const handled: Handled[] = [];
  const handle = h.emulator.handle.bind(h.emulator);
  vi.spyOn(h.emulator, 'handle').mockImplementation(async (request: Request) => {
    const bytes = request.body ? (await request.clone().arrayBuffer()).byteLength : 0;
    handled.push({ method: request.method, path: new URL(request.url).pathname, at: Date.now(), bytes });
    return handle(request);
  });
  return handled;
}

const isDraftWrite = (r: { method: string; path: string }) =>
  (r.method === 'POST' && r.path === '/api/v1/mails') || (r.method === 'PUT' && r.path.startsWith('/api/v1/drafts/'));

function mailWithAttachments(count: number): string {
  const parts = Array.from({ length: count }, (_, i) =>
    [
      '--mixed',
      `Content-Type: text/plain; name="part-${i + 1}.txt"`,
      `Content-Disposition: attachment; filename="part-${i + 1}.txt"`,
      '',
      `Attachment number ${i + 1}.`,
    ].join('\r\n'),
  );
  return [
    'From: Bob Builder <bob@inkwell.test>',
    'To: Alice Liddell <alice@inkwell.test>',
    `Subject: ${count} files`,
    `Message-ID: <files-${count}@inkwell.test>`,
    'Date: Mon, 09 Mar 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mixed"',
    '',
    '--mixed',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p>Here are ${count} files.</p>`,
    ...parts,
    '--mixed--',
    '',
  ].join('\r\n');
}

/** Requests made from opening a reply or forward of a mail with `attachments` parts until it is ready and idle. */
async function requestsToOpen(kind: 'reply' | 'forward', attachments: number): Promise<string[]> {
  const h = await createHarness();
  const { mailIds } = await h.emulator.controls.seed({
    mails: [{ account: 'alice', raw: mailWithAttachments(attachments) }],
  });
  const handled = recordHandled(h);
  const session = h.open({ intent: { kind, mailId: mailIds[0] as string } });
  await session.ready;
  await advance(5000);
  expect(session.getSnapshot().draft.attachments).toHaveLength(kind === 'forward' ? attachments : 0);
  session.dispose();
  await settle();
  return handled.map((r) => `${r.method} ${r.path.replace(/\/[A-Za-z0-9_-]{12,}(?=\/|$)/g, '/:id')}`);
}

describe('network economy', () => {
  it('30 s of continuous typing, then a stop: one create at the maximum wait, one replace with the last text, one in flight', async () => {
    const h = await createHarness();
    const handled = recordHandled(h);
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    await settle();
    const start = Date.now();
    let text = '';
    // A key every 150 ms for 30 s: the 2 s debounce never runs out while typing.
    for (let t = 0; t < 30_000; t += 150) {
      text += 'a';
      session.setBodyHtml(`<p>${text}</p>`);
      await advance(150, 150);
    }
    const typingEnd = Date.now();
    await advance(5000);

    const writes = handled.filter(isDraftWrite);
    // The create at the maximum wait (15 s) of the first key, although the debounce never ran out; the replace at
    // the next maximum wait (30 s), which the end of typing coincides with: nothing is left for the debounce.
    expect(writes.map((w) => w.method)).toEqual(['POST', 'PUT']);
    expect((writes[0]?.at ?? Infinity) - start).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + 150);
    expect((writes[0]?.at ?? Infinity) - start).toBeLessThan(typingEnd - start);
    expect((writes[1]?.at ?? Infinity) - start).toBeLessThanOrEqual(2 * AUTOSAVE_MAX_WAIT_MS + 300);
    expect(Math.max(...h.requests.map((r) => r.concurrent))).toBe(1);
    expect(handled.filter((r) => !isDraftWrite(r))).toEqual([]);
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('saved');
    const body = await h.client.getBody(snapshot.serverId as string, 'html');
    expect(body.content).toContain(`<p>${text}</p>`);
    session.dispose();
  });

  it.each(['reply', 'forward'] as const)(
    'opening a %s of a mail with 20 attachments makes the same requests as with 1',
    async (kind) => {
      const one = await requestsToOpen(kind, 1);
      const twenty = await requestsToOpen(kind, 20);
      expect(twenty).toEqual(one);
    },
  );

  it('uploads an inline image as its bytes, not inflated by base64', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    const handled = recordHandled(h);
    const size = 200_000;
    const image = new File([new Uint8Array(size).map((_, i) => (i * 31) % 251)], 'photo.png', { type: 'image/png' });
    session.attachments.add(image, { inline: true });
    await advance(2000);
    const uploads = handled.filter((r) => r.method === 'POST' && r.path.startsWith('/api/v1/temporaryAttachments'));
    expect(uploads).toHaveLength(1);
    // The file plus the multipart envelope (boundaries and part headers), far below base64's 4/3.
    expect(uploads[0]?.bytes).toBeGreaterThanOrEqual(size);
    expect(uploads[0]?.bytes).toBeLessThan(size + 2_000);
    expect(session.getSnapshot().draft.attachments[0]).toMatchObject({ state: 'uploaded', isInline: true });
    session.dispose();
  });
});
