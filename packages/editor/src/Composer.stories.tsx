import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { pngFile } from './__fixtures__/images';
import type { ComposerProps } from './Composer';
import { Composer } from './Composer';
import type { FakeAttachmentQueue } from './test-utils/createFakeAttachmentQueue';
import { createFakeAttachmentQueue } from './test-utils/createFakeAttachmentQueue';

type StoryArgs = Omit<ComposerProps, 'queue'> & {
  /** Sets up the queue and the editor once mounted (insert an image, fail its upload…). */
  setup?: (editor: Editor, queue: FakeAttachmentQueue) => void;
};

function StoryComposer({ setup, ...props }: StoryArgs) {
  const [queue] = useState(() => createFakeAttachmentQueue());
  const [done, setDone] = useState(false);
  return (
    <Composer
      {...props}
      queue={queue}
      onEditor={(editor) => {
        if (done) return;
        setDone(true);
        setup?.(editor, queue);
      }}
    />
  );
}

const QUOTE = `<p>On Tuesday, Dana wrote:</p>
<table style="border-collapse: collapse; border: 1px solid #999"><thead><tr><th style="padding: 4px">Region</th><th style="padding: 4px">Q3</th></tr></thead>
<tbody><tr><td style="padding: 4px">North</td><td style="padding: 4px; color: #0b6b0b">+12%</td></tr>
<tr><td style="padding: 4px">South</td><td style="padding: 4px; color: #a11">-3%</td></tr></tbody></table>
<p>Logo: <img src="https://cdn.example.net/logo.png" alt="Example logo"></p>`;

const meta = {
  title: 'Editor/Composer',
  component: StoryComposer,
  tags: ['autodocs'],
  args: {
    senderDomain: 'example.com',
    ariaLabel: 'Message body',
    placeholder: 'Write your message',
    onChange: fn(),
  },
} satisfies Meta<typeof StoryComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const box = canvas.getByRole('textbox', { name: 'Message body' });
    await userEvent.click(box);
    await userEvent.keyboard('Hello');
    // Reported once the keystrokes have painted.
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ bodyHtml: '<p dir="auto">Hello</p>' })),
    );
  },
};

export const WithQuote: Story = {
  args: {
    initialHtml: '<p></p>',
    signatureHtml: '<p>-- <br>Ann Example, Sales</p>',
    quotedHtml: QUOTE,
  },
  play: async ({ canvas, userEvent }) => {
    // The first composer that starts from HTML waits for the sanitizer's chunk (slow on a cold dev server).
    const hide = await canvas.findByRole('button', { name: 'Hide quoted text' }, { timeout: 10_000 });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    // The remote logo stays blocked until asked for.
    await expect(canvas.getByRole('button', { name: 'Show images in quoted text' })).toBeVisible();
    await userEvent.click(hide);
    await expect(canvas.getByRole('button', { name: 'Show quoted text' })).toHaveAttribute('aria-expanded', 'false');
  },
};

export const UploadingImage: Story = {
  args: {
    setup: (editor, queue) => {
      editor.chain().insertContent('Here is the diagram: ').insertInlineImage(pngFile('diagram.png')).run();
      const [entry] = queue.getSnapshot();
      if (entry) queue.progress(entry.localId, 0.5);
    },
  },
  play: async ({ canvas }) => {
    const progress = await canvas.findByRole('progressbar', { name: 'Uploading diagram.png' });
    await expect(progress).toHaveAttribute('aria-valuenow', '50');
  },
};

export const FailedImage: Story = {
  args: {
    setup: (editor, queue) => {
      editor.chain().insertContent('Screenshot: ').insertInlineImage(pngFile('screenshot.png')).run();
      const [entry] = queue.getSnapshot();
      if (entry) queue.fail(entry.localId, 'The server refused the upload');
    },
  },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('screenshot.png: The server refused the upload');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry upload of screenshot.png' }));
    await waitFor(() => expect(canvas.getByRole('progressbar', { name: 'Uploading screenshot.png' })).toBeVisible());
    await expect(within(canvas.getByRole('toolbar', { name: 'Formatting' })).getAllByRole('button')).toHaveLength(18);
  },
};
