// Large screenshots: the app is asked, and the image is scaled down in a canvas before upload only if it agrees.
import { describe, expect, it, vi } from 'vitest';
import { insertImageFiles } from '../inline-image/insertImageFiles';
import { mountComposer } from './mountComposer';

async function widePng(width: number, height: number): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#3366cc';
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no blob');
  return new File([blob], 'wide.png', { type: 'image/png' });
}

describe('large images', () => {
  it('asks, then uploads a scaled-down copy when the user agrees', async () => {
    const file = await widePng(3000, 1000);
    const onLargeImage = vi.fn(() => true);
    const { editor, queue, unmount } = await mountComposer({ onLargeImage, maxImageDimension: 1000 });
    expect(await insertImageFiles(editor, [file])).toBe(1);
    expect(onLargeImage).toHaveBeenCalledWith({
      name: 'wide.png',
      size: file.size,
      width: 3000,
      height: 1000,
      maxDimension: 1000,
    });
    const [entry] = queue.getSnapshot();
    const uploaded = queue.blobOf(entry?.localId ?? '');
    if (!uploaded) throw new Error('nothing uploaded');
    const bitmap = await createImageBitmap(uploaded);
    expect([bitmap.width, bitmap.height]).toEqual([1000, 333]);
    expect(uploaded.type).toBe('image/png');
    await unmount();
  });

  it('uploads the original when the user declines, and does not ask for small images', async () => {
    const big = await widePng(1200, 100);
    const small = await widePng(200, 100);
    const onLargeImage = vi.fn(async () => false);
    const { editor, queue, unmount } = await mountComposer({ onLargeImage, maxImageDimension: 1000 });
    expect(await insertImageFiles(editor, [big, small])).toBe(2);
    expect(onLargeImage).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot().map((e) => queue.blobOf(e.localId))).toEqual([big, small]);
    await unmount();
  });
});
