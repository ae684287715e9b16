import { describe, expect, it } from 'vitest';
import { PNG_A_BASE64, PNG_B_BASE64, pngFile } from '../__fixtures__/images';
import { serializeComposer } from '../serialize/serializeComposer';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';
import { mountComposer } from './mountComposer';

const QUOTE =
  '<table style="border-collapse: collapse; border: 2px solid rgb(0, 128, 0)"><tbody><tr><td style="padding: 4px">Q3</td><td>42</td></tr></tbody></table>' +
  '<p>Chart: <img src="cid:chart@old.example" alt="chart"></p>';
const DRAFT = '<p>Draft with <img src="cid:shot@example.com" alt="shot"> inline</p>';

function seededQueue() {
  const queue = createFakeAttachmentQueue();
  queue.seed(
    { localId: 'shot', contentId: 'shot@example.com', isInline: true, queueId: 11 },
    pngFile('shot.png', PNG_A_BASE64),
  );
  queue.seed(
    { localId: 'chart', contentId: 'chart@old.example', isInline: true, queueId: 12 },
    pngFile('chart.png', PNG_B_BASE64),
  );
  queue.seed({ localId: 'pdf', isInline: false, queueId: 13, name: 'terms.pdf', contentType: 'application/pdf' });
  return queue;
}

describe('round trip in a real browser', () => {
  it('reopens a draft with cid images and a quote, and serializes the same cids and the same set of parts', async () => {
    const { editor, container, unmount } = await mountComposer(
      { initialHtml: DRAFT, quotedHtml: QUOTE },
      seededQueue(),
    );

    // The images show from the queue's local previews, not from cid: URLs.
    const shot = container.querySelector<HTMLImageElement>('img[alt="shot"]');
    await expect.poll(() => shot?.complete && shot.naturalWidth).toBe(1);
    expect(shot?.src).toMatch(/^blob:/);
    const shadow = container.querySelector('.inkwell-quote-host')?.shadowRoot;
    const chart = shadow?.querySelector<HTMLImageElement>('img[alt="chart"]');
    await expect.poll(() => chart?.complete && chart.naturalWidth).toBe(1);

    // The quote's table survives with its styles, rendered in its shadow root.
    const table = shadow?.querySelector('table');
    expect(table).toBeTruthy();
    expect(getComputedStyle(table as Element).borderTopColor).toBe('rgb(0, 128, 0)');

    const result = serializeComposer(editor);
    const cids = new Set([...result.bodyHtml.matchAll(/src="cid:([^"]+)"/g)].map((m) => m[1]));
    expect(cids).toEqual(new Set(['shot@example.com', 'chart@old.example']));
    expect(result.bodyHtml).toContain(QUOTE);
    expect(result.bodyHtml).not.toMatch(/blob:|data:/);
    expect(result.temporaryAttachments).toEqual([
      { id: 11, contentId: 'shot@example.com', isInline: true },
      { id: 12, contentId: 'chart@old.example', isInline: true },
      { id: 13, isInline: false },
    ]);

    // Loading the serialized HTML again gives the same HTML: nothing drifts between saves.
    const again = await mountComposer({ initialHtml: result.bodyHtml }, seededQueue());
    expect(serializeComposer(again.editor).bodyHtml).toBe(result.bodyHtml);
    await again.unmount();
    await unmount();
  });
});
