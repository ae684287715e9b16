import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft, type DraftAttachment } from '../draft';
import { loadBodyPlainText } from '../text/loadBodyPlainText';
import { toDraftInput } from './toDraftInput';

beforeAll(() => loadBodyPlainText());

const part = (over: Partial<DraftAttachment>): DraftAttachment => ({
  localId: over.localId ?? 'l',
  name: 'x.png',
  contentType: 'image/png',
  size: 1,
  isInline: false,
  state: 'uploaded',
  ...over,
});

describe('toDraftInput', () => {
  it('binds only uploaded parts, inline only when the HTML refers to them, and strips other cid images', () => {
    const input = toDraftInput(
      emptyDraft({
        subject: 'S',
        bodyHtml: '<p>a<img src="cid:up@x"><img src="cid:busy@x"></p><p>b</p>',
        attachments: [
          part({ localId: '1', queueId: 1, contentId: 'up@x', isInline: true }),
          part({ localId: '2', contentId: 'busy@x', isInline: true, state: 'uploading' }),
          part({ localId: '3', queueId: 3, contentId: 'unused@x', isInline: true }),
          part({ localId: '4', queueId: 4 }),
          part({ localId: '5', state: 'failed', error: 'too big' }),
        ],
      }),
    );
    expect(input.temporaryAttachments).toEqual([
      { id: 1, contentId: 'up@x', isInline: true },
      { id: 3, isInline: false },
      { id: 4, isInline: false },
    ]);
    expect(input.bodyHtml).toBe('<p>a<img src="cid:up@x"></p><p>b</p>');
    expect(input.bodyText).toContain('a');
    expect(input.bodyText).toContain('b');
    expect(input.subject).toBe('S');
  });

  it('keeps the HTML untouched when every cid is bound', () => {
    const html = '<div><img src="CID:up@x" alt="u"></div>';
    const input = toDraftInput(
      emptyDraft({ bodyHtml: html, attachments: [part({ queueId: 1, contentId: 'up@x', isInline: true })] }),
    );
    expect(input.bodyHtml).toBe(html);
  });
});
