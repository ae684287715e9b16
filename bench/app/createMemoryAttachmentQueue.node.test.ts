import { createMemoryAttachmentQueue } from './createMemoryAttachmentQueue';

const png = () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });

describe('createMemoryAttachmentQueue', () => {
  it('starts with the given inline parts, uploaded, findable by content id', () => {
    const queue = createMemoryAttachmentQueue({
      senderDomain: 'bench.example',
      initial: [{ file: png(), name: 'logo.png', contentId: 'image001.png@a.example' }],
    });
    expect(queue.getSnapshot()).toEqual([
      {
        localId: 'local-1',
        name: 'logo.png',
        contentType: 'image/png',
        size: 4,
        queueId: 1,
        isInline: true,
        state: 'uploaded',
        contentId: 'image001.png@a.example',
      },
    ]);
    expect(queue.byContentId('image001.png@a.example')?.localId).toBe('local-1');
    expect(queue.byContentId('nope@a.example')).toBeUndefined();
    expect(queue.previewUrl('local-1')).toMatch(/^blob:/);
    expect(queue.previewUrl('local-1')).toBe(queue.previewUrl('local-1'));
  });

  it('adds at once (uploaded), notifies, and generates content ids for inline parts only', () => {
    const queue = createMemoryAttachmentQueue({ senderDomain: 'bench.example' });
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    const inline = queue.add(new File([png()], 'shot.png', { type: 'image/png' }), { inline: true });
    const regular = queue.add(new Blob(['x']));
    expect(inline).toMatchObject({
      name: 'shot.png',
      isInline: true,
      contentId: 'bench1@bench.example',
      state: 'uploaded',
    });
    expect(regular).toMatchObject({ name: 'pasted-image', isInline: false, contentType: 'application/octet-stream' });
    expect(regular.contentId).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    queue.remove(inline.localId);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(queue.getSnapshot().map((a) => a.localId)).toEqual([regular.localId]);
  });

  it('toggles inline and keeps the content id; cancel removes; unknown ids are ignored', () => {
    const queue = createMemoryAttachmentQueue({ senderDomain: 'bench.example' });
    const a = queue.add(png());
    queue.setInline(a.localId, true);
    expect(queue.getSnapshot()[0]).toMatchObject({ isInline: true, contentId: 'bench1@bench.example' });
    queue.setInline(a.localId, false);
    expect(queue.getSnapshot()[0]).toMatchObject({ isInline: false, contentId: 'bench1@bench.example' });
    queue.setInline('missing', true);
    queue.cancel(a.localId);
    expect(queue.getSnapshot()).toEqual([]);
    expect(queue.previewUrl(a.localId)).toBeUndefined();
  });
});
