// The MSW handlers in real Chromium through a Service Worker, with the real client, both auth modes.
import { createAxigenClient, isAxigenError } from '@inkwell/axigen-client';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBrowserEmulator, createEmulatorHandlers } from './handlers';

const emulator = createBrowserEmulator();
const controller = new AbortController();
const worker = setupWorker(...createEmulatorHandlers(emulator, { signal: controller.signal }));

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
});
afterAll(async () => {
  controller.abort();
  await worker.stop();
});
beforeEach(() => emulator.controls.reset());

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('emulator behind MSW in the browser', () => {
  it('answers the client same-origin with header auth', async () => {
    const client = createAxigenClient({ baseUrl: '' });
    expect(await client.getVersion()).toMatchObject({ serverVersion: expect.stringMatching(/^10\.5\./) });
    await client.login({ kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' });
    expect(await client.getAccountInfo()).toMatchObject({ accountName: 'alice', fullName: 'Alice Liddell' });
  });

  it('works with cookie login (the session cookie plus _h)', async () => {
    const client = createAxigenClient({ baseUrl: '' });
    await client.login({ kind: 'cookie', username: 'bob@inkwell.test', password: 'builder' });
    expect(await client.getAccountInfo()).toMatchObject({ accountName: 'bob' });
  });

  it('uploads with XMLHttpRequest progress, sends an inline image and delivers multipart/related', async () => {
    const client = createAxigenClient({ baseUrl: '' });
    await client.login({ kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' });
    const progress: number[] = [];
    const { items } = await client.uploadTemporaryAttachments([new File([PNG], 'pasted.png', { type: 'image/png' })], {
      onProgress: ({ loaded }) => progress.push(loaded),
    });
    expect(items[0]).toMatchObject({ name: 'pasted.png', contentType: 'image/png', size: PNG.length });
    const sent = await client.send({
      to: [{ address: 'bob@inkwell.test' }],
      subject: 'inline in the browser',
      bodyHtml: '<p><img src="cid:dot@inkwell.test"></p>',
      temporaryAttachments: [{ id: items[0]!.id, contentId: 'dot@inkwell.test', isInline: true }],
    });
    expect(sent.undoable).toBe(true);
    await emulator.controls.advanceClock(11_000);
    const [delivered] = await emulator.controls.outbox();
    expect(delivered).toMatchObject({ subject: 'inline in the browser' });
    expect(delivered!.attachments).toEqual([
      expect.objectContaining({ contentId: 'dot@inkwell.test', contentType: 'image/png' }),
    ]);
    expect(emulator.controls.rawOutbox()[0]!.raw).toMatch(/multipart\/related/i);
  });

  it('drops the connection for a drop fault: the client sees a network error', async () => {
    const client = createAxigenClient({ baseUrl: '' });
    await client.login({ kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' });
    emulator.controls.addFault({ path: '/api/v1/account/info', drop: true, times: 1 });
    const error = await client.getAccountInfo().catch((e: unknown) => e);
    expect(isAxigenError(error) && error.kind).toBe('network');
    expect(await client.getAccountInfo()).toMatchObject({ accountName: 'alice' });
  });
});
