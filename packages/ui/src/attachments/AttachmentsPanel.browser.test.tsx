// Layout in a real browser: long file names and every state fit a 360 px wide window.
import { render } from 'vitest-browser-react';
import { describe, expect, it } from 'vitest';
import type { DraftAttachment } from '@inkwell/compose-core';
import { AttachmentsPanel } from './AttachmentsPanel';
import { storyAttachmentQueue } from './stories/storyAttachmentQueue';

const long = 'a-very-long-file-name-without-any-spaces-that-goes-on-and-on-quarterly-report-final-v12.pdf';
const items: DraftAttachment[] = [
  {
    localId: '1',
    name: long,
    contentType: 'application/pdf',
    size: 1_258_291,
    isInline: false,
    state: 'uploading',
    progress: 0.4,
  },
  {
    localId: '2',
    name: 'photos.zip',
    contentType: 'application/zip',
    size: 88_000_000,
    isInline: false,
    state: 'failed',
  },
  {
    localId: '3',
    name: 'minutes.docx',
    contentType: 'application/msword',
    size: 48_000,
    isInline: false,
    state: 'uploaded',
  },
];

describe('AttachmentsPanel at 360 px', () => {
  it('keeps long names and every action inside the panel', async () => {
    const screen = await render(
      <div style={{ width: 360 }}>
        <AttachmentsPanel queue={storyAttachmentQueue(items)} />
      </div>,
    );
    const list = screen.container.querySelector<HTMLElement>('.ink-attachments-list')!;
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    const outer = list.getBoundingClientRect();
    for (const button of list.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.right).toBeLessThanOrEqual(outer.right);
      expect(box.left).toBeGreaterThanOrEqual(outer.left);
    }
  });
});
