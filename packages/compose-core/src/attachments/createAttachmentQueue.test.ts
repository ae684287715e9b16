import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestClient as createHarness } from '../session/testing/createTestClient';
import { advance, FAKE_TIMERS, settle } from '../session/testing/settle';
import { createAttachmentQueue } from './createAttachmentQueue';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const file = (name: string, size = 4, type = 'text/plain') => new File([new Uint8Array(size)], name, { type });

async function setup(limits?: Parameters<typeof createAttachmentQueue>[0]['limits']) {
  const h = await createHarness();
  const queue = createAttachmentQueue({ client: h.client, domain: 'inkwell.test', ...(limits ? { limits } : {}) });
  return { h, queue };
}

describe('attachment queue', () => {
  it('uploads with progress and ends uploaded with its queue id', async () => {
    const { h, queue } = await setup();
    const seen: string[] = [];
    queue.subscribe(() => {
      const [entry] = queue.getSnapshot();
      seen.push(`${entry?.state}:${entry?.progress ?? '-'}`);
    });
    const entry = queue.add(file('a.txt', 10));
    expect(entry).toMatchObject({ name: 'a.txt', contentType: 'text/plain', size: 10, isInline: false });
    await settle();
    expect(seen).toEqual(['queued:-', 'uploading:0', 'uploading:0.5', 'uploading:1', 'uploaded:1']);
    const [uploaded] = queue.getSnapshot();
    expect(uploaded?.queueId).toEqual(expect.any(Number));
    const blob = await h.client.getTemporaryAttachment(uploaded?.queueId as number);
    expect(blob.size).toBe(10);
    expect(queue.hasPending()).toBe(false);
  });

  it('refuses a file over the size limit with a clear error and keeps the entry', async () => {
    const { h, queue } = await setup({ maxAttachmentBytes: 100 });
    queue.add(file('huge.bin', 101));
    await settle();
    expect(queue.getSnapshot()).toMatchObject([
      { name: 'huge.bin', state: 'failed', error: 'huge.bin is 101 B; attachments can be at most 100 B.' },
    ]);
    expect(h.count('POST', '/api/v1/temporaryAttachments')).toBe(0);
  });

  it('refuses files over the count and total limits, per file', async () => {
    const { queue } = await setup({ maxAttachments: 2, maxTotalBytes: 10 });
    queue.add(file('one.txt', 4));
    queue.add(file('two.txt', 4));
    queue.add(file('three.txt', 1));
    await settle();
    expect(queue.getSnapshot().map((a) => [a.name, a.state])).toEqual([
      ['one.txt', 'uploaded'],
      ['two.txt', 'uploaded'],
      ['three.txt', 'failed'],
    ]);
    expect(queue.getSnapshot()[2]?.error).toMatch(/at most 2 attachments/);
    queue.remove(queue.getSnapshot()[1]?.localId as string);
    queue.add(file('big.txt', 7));
    expect(queue.getSnapshot()[2]?.error).toMatch(/together can be at most 10 B/);
  });

  it('cancels an upload in flight and retries it', async () => {
    const { h, queue } = await setup();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 5000, times: 1 });
    const entry = queue.add(file('slow.txt'));
    await settle();
    expect(queue.getSnapshot()[0]?.state).toBe('uploading');
    queue.cancel(entry.localId);
    await settle();
    expect(queue.getSnapshot()[0]?.state).toBe('cancelled');
    queue.retry(entry.localId);
    await settle();
    expect(queue.getSnapshot()[0]?.state).toBe('uploaded');
  });

  it('marks a failed upload with the reason and retries it', async () => {
    const { h, queue } = await setup();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', status: 500, times: 1 });
    const entry = queue.add(file('flaky.txt'));
    await settle();
    expect(queue.getSnapshot()[0]).toMatchObject({
      state: 'failed',
      error: 'flaky.txt did not finish uploading: the server had a problem. Try again.',
    });
    queue.retry(entry.localId);
    await settle();
    expect(queue.getSnapshot()[0]?.state).toBe('uploaded');
  });

  it('deletes the queue item on remove, also when the upload answer arrives after the remove', async () => {
    const { h, queue } = await setup();
    const done = queue.add(file('done.txt'));
    await settle();
    queue.remove(done.localId);
    await settle();
    expect(queue.getSnapshot()).toEqual([]);
    expect(h.count('DELETE', '/api/v1/temporaryAttachments/*')).toBe(1);

    // The server stores the file, then the user removes it before the answer is read.
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 1000 });
    const racing = queue.add(file('racing.txt'));
    await settle();
    queue.remove(racing.localId);
    await advance(1500);
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('runs at most three uploads at once', async () => {
    const { h, queue } = await setup();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 1000 });
    for (const name of ['1', '2', '3', '4', '5']) queue.add(file(`${name}.txt`));
    await settle();
    expect(queue.getSnapshot().map((a) => a.state)).toEqual([
      'uploading',
      'uploading',
      'uploading',
      'queued',
      'queued',
    ]);
    expect(queue.hasPending()).toBe(true);
    await advance(3000);
    expect(queue.getSnapshot().every((a) => a.state === 'uploaded')).toBe(true);
  });

  it('gives inline parts a content id of the sender domain and keeps it when toggled', async () => {
    const { queue } = await setup();
    const image = queue.add(file('pic.png', 4, 'image/png'), { inline: true });
    expect(image.contentId).toMatch(/^[A-Za-z0-9_-]+@inkwell\.test$/);
    expect(queue.byContentId(`<${image.contentId}>`)?.localId).toBe(image.localId);
    queue.setInline(image.localId, false);
    expect(queue.getSnapshot()[0]).toMatchObject({ isInline: false, contentId: image.contentId });
    const regular = queue.add(file('doc.txt'));
    expect(regular.contentId).toBeUndefined();
    queue.setInline(regular.localId, true);
    expect(queue.getSnapshot()[1]?.contentId).toMatch(/@inkwell\.test$/);
  });

  it('previews with an object URL, revoked on remove and dispose; the queue URL once uploaded', async () => {
    let n = 0;
    const revoke = vi.fn();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => `blob:preview-${(n += 1)}`, revokeObjectURL: revoke }),
    );
    const { h, queue } = await setup();
    const a = queue.add(file('a.png', 4, 'image/png'), { inline: true });
    const b = queue.add(file('b.png', 4, 'image/png'), { inline: true });
    expect(queue.previewUrl(a.localId)).toBe('blob:preview-1');
    queue.remove(a.localId);
    expect(revoke).toHaveBeenCalledWith('blob:preview-1');
    queue.dispose();
    expect(revoke).toHaveBeenCalledWith('blob:preview-2');
    await settle();

    const stored = createAttachmentQueue({ client: h.client, domain: 'inkwell.test' });
    const part = stored.addStored(
      { id: 42, mailId: 'm', name: 'x.png', contentId: 'old@x', contentType: 'image/png', size: 3, isInline: true },
      { isInline: true, contentId: 'new@inkwell.test' },
    );
    expect(stored.previewUrl(part.localId)).toBe(h.client.temporaryAttachmentUrl(42));
    expect(b.localId).not.toBe(part.localId);
  });

  it('restores a journaled list: kept files upload again or can be retried; without a file, a part must be added again', async () => {
    const { h, queue } = await setup();
    const base = { contentType: 'text/plain', size: 4, isInline: false };
    const saved = [
      { ...base, localId: 'l-1', name: 'running.txt', state: 'uploading' as const, progress: 0.4 },
      { ...base, localId: 'l-2', name: 'waiting.txt', state: 'queued' as const },
      { ...base, localId: 'l-3', name: 'failed.txt', state: 'failed' as const, error: 'failed.txt did not finish.' },
      { ...base, localId: 'l-4', name: 'stopped.txt', state: 'cancelled' as const },
      { ...base, localId: 'l-5', name: 'gone.txt', state: 'uploading' as const },
      { ...base, localId: 'l-6', name: 'gone-too.txt', state: 'cancelled' as const },
    ];
    const files = new Map(['l-1', 'l-2', 'l-3', 'l-4'].map((id) => [id, file(`${id}.txt`)]));
    queue.restore(saved, files);
    await settle();
    expect(queue.getSnapshot().map((a) => [a.name, a.state, a.error])).toEqual([
      ['running.txt', 'uploaded', undefined],
      ['waiting.txt', 'uploaded', undefined],
      ['failed.txt', 'failed', 'failed.txt did not finish.'],
      ['stopped.txt', 'cancelled', undefined],
      ['gone.txt', 'failed', 'The upload of gone.txt was interrupted; add the file again.'],
      ['gone-too.txt', 'failed', 'The upload of gone-too.txt was interrupted; add the file again.'],
    ]);
    expect(h.count('POST', '/api/v1/temporaryAttachments')).toBe(2);
    queue.retry('l-3');
    queue.retry('l-4');
    await settle();
    expect(queue.getSnapshot().map((a) => a.state)).toEqual([
      'uploaded',
      'uploaded',
      'uploaded',
      'uploaded',
      'failed',
      'failed',
    ]);
  });

  it('hands each accepted file to be kept, and drops it when the part is removed', async () => {
    const h = await createHarness();
    const keep = vi.fn();
    const drop = vi.fn();
    const queue = createAttachmentQueue({
      client: h.client,
      domain: 'inkwell.test',
      limits: { maxAttachmentBytes: 10 },
      files: { keep, drop },
    });
    const small = file('small.txt', 4);
    const entry = queue.add(small);
    queue.add(file('huge.bin', 11));
    expect(keep.mock.calls).toEqual([[entry.localId, small]]);
    queue.remove(entry.localId);
    expect(drop.mock.calls).toEqual([[entry.localId]]);
    await settle();
  });

  it('marks a part notKept when its file cannot be kept (storage full), and uploads it all the same', async () => {
    const h = await createHarness();
    const keep = vi.fn(async (_localId: string, blob: Blob) => {
      if ((blob as File).name === 'big.pdf')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const queue = createAttachmentQueue({ client: h.client, domain: 'inkwell.test', files: { keep, drop: vi.fn() } });
    queue.add(file('big.pdf'));
    queue.add(file('small.txt'));
    await advance(0);
    const byName = () => Object.fromEntries(queue.getSnapshot().map((a) => [a.name, a]));
    expect(byName()['big.pdf']).toMatchObject({ notKept: true });
    expect(byName()['small.txt']).not.toHaveProperty('notKept');
    await settle();
    expect(byName()['big.pdf']).toMatchObject({ state: 'uploaded', notKept: true });
  });

  it("follows another view's list: a file uploading here goes on, a part on its way there stays on its way", async () => {
    const { h, queue } = await setup();
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 1000 });
    const mine = queue.add(file('mine.txt'));
    const dropped = queue.add(file('dropped.txt'));
    await advance(0);
    expect(queue.getSnapshot().map((a) => a.state)).toEqual(['uploading', 'uploading']);
    const base = { contentType: 'text/plain', size: 4, isInline: false };
    queue.follow([
      // The other view saw ours on its way, and has a part of its own on its way.
      { ...mine, state: 'uploading', progress: 0.2 },
      { ...base, localId: 'theirs-1', name: 'theirs.txt', state: 'uploading' },
      { ...base, localId: 'theirs-2', name: 'done.txt', state: 'uploaded', queueId: 7 },
    ]);
    expect(queue.getSnapshot().map((a) => [a.name, a.state])).toEqual([
      ['mine.txt', 'uploading'],
      ['theirs.txt', 'uploading'],
      ['done.txt', 'uploaded'],
    ]);
    await advance(1500);
    expect(queue.getSnapshot().map((a) => [a.name, a.state])).toEqual([
      ['mine.txt', 'uploaded'],
      ['theirs.txt', 'uploading'],
      ['done.txt', 'uploaded'],
    ]);
    expect(queue.getSnapshot().some((a) => a.localId === dropped.localId)).toBe(false);
  });
});
