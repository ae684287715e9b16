import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { createBrowserEmulator, createEmulatorHandlers } from '@inkwell/axigen-emulator/browser';
import type { DraftAttachment } from '@inkwell/compose-core';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { Attachments } from './Attachments';
import { AttachmentsPanel } from './AttachmentsPanel';
import { IMAGE_PLACEMENT_KEY } from './imagePlacement';
import { EmulatorQueueHost } from './stories/EmulatorQueueHost';
import { storyAttachmentQueue } from './stories/storyAttachmentQueue';

const WAIT = { timeout: 10_000 };
const file = (name: string, bytes: number, type: string) => new File([new Uint8Array(bytes)], name, { type });
const picker = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[type="file"]')!;
const item = (root: HTMLElement, name: string) => within(root).getByText(name).closest('li')!;

const uploading: DraftAttachment = {
  localId: 'u1',
  name: 'Q3 report.pdf',
  contentType: 'application/pdf',
  size: 1_258_291,
  isInline: false,
  state: 'uploading',
  progress: 0.42,
};
const failed: DraftAttachment = {
  localId: 'f1',
  name: 'site photos.zip',
  contentType: 'application/zip',
  size: 8_400_000,
  isInline: false,
  state: 'failed',
  error: 'Upload failed: 503',
};
const carried: DraftAttachment[] = [
  {
    localId: 'c1',
    name: 'minutes.docx',
    contentType: 'application/msword',
    size: 48_200,
    isInline: false,
    state: 'uploaded',
    queueId: 11,
  },
  {
    localId: 'c2',
    name: 'budget.xlsx',
    contentType: 'application/vnd.ms-excel',
    size: 230_000,
    isInline: false,
    state: 'uploaded',
    queueId: 12,
  },
];

const meta = {
  title: 'Widgets/Attachments',
  component: AttachmentsPanel,
  tags: ['autodocs'],
  args: { queue: null },
  beforeEach: () => localStorage.removeItem(IMAGE_PLACEMENT_KEY),
  decorators: [(Story) => <div style={{ maxWidth: 560 }}>{Story()}</div>],
} satisfies Meta<typeof AttachmentsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing attached yet: "Attach files" opens the picker. */
export const Empty: Story = {
  render: (args) => <AttachmentsPanel {...args} queue={storyAttachmentQueue()} />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('button', { name: 'Attach files' })).toBeEnabled();
    await expect(canvas.queryByRole('list', { name: 'Attachments' })).toBeNull();
    await userEvent.upload(picker(canvasElement), file('notes.txt', 5, 'text/plain'));
    await expect(item(canvasElement, 'notes.txt')).toHaveAttribute('data-state', 'uploading');
  },
};

/** An upload on its way, with its progress; Cancel stops it and offers Retry. */
export const UploadingWithProgress: Story = {
  render: (args) => <AttachmentsPanel {...args} queue={storyAttachmentQueue([uploading])} />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('progressbar', { name: 'Uploading Q3 report.pdf' })).toHaveAttribute(
      'aria-valuenow',
      '42',
    );
    await expect(item(canvasElement, 'Q3 report.pdf')).toHaveTextContent('1.2 MB');
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel upload of Q3 report.pdf' }));
    await expect(item(canvasElement, 'Q3 report.pdf')).toHaveAttribute('data-state', 'cancelled');
    await expect(canvas.getByRole('button', { name: 'Retry Q3 report.pdf' })).toBeVisible();
  },
};

/** A failed upload says so in the user's words (never the server's) and offers Retry and Remove. */
export const UploadFailed: Story = {
  render: (args) => <AttachmentsPanel {...args} queue={storyAttachmentQueue([failed])} />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(item(canvasElement, 'site photos.zip')).toHaveAccessibleDescription('Upload failed');
    await expect(canvas.queryByText(/503/)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry site photos.zip' }));
    await expect(item(canvasElement, 'site photos.zip')).toHaveAttribute('data-state', 'uploading');
  },
};

/** Files over the size, count or type limits are refused before any upload, each with the reason. */
export const LimitsHit: Story = {
  args: { limits: { maxAttachmentBytes: 1024 * 1024, maxAttachments: 2 }, accept: ['application/pdf', 'image/*'] },
  render: (args) => <AttachmentsPanel {...args} queue={storyAttachmentQueue()} />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(picker(canvasElement), [
      file('scan.pdf', 3 * 1024 * 1024, 'application/pdf'),
      file('setup.exe', 10, 'application/x-msdownload'),
      file('a.pdf', 10, 'application/pdf'),
      file('b.pdf', 10, 'application/pdf'),
      file('c.pdf', 10, 'application/pdf'),
    ]);
    await expect(item(canvasElement, 'scan.pdf')).toHaveAccessibleDescription(
      'Not attached: It is 3 MB; each file can be at most 1 MB.',
    );
    await expect(item(canvasElement, 'setup.exe')).toHaveAccessibleDescription(
      'Not attached: Files of this type cannot be attached.',
    );
    await expect(item(canvasElement, 'c.pdf')).toHaveAccessibleDescription(
      'Not attached: A message can have at most 2 attachments.',
    );
    await expect(item(canvasElement, 'a.pdf')).toHaveAttribute('data-state', 'uploading');
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss scan.pdf' }));
    await expect(canvas.queryByText('scan.pdf')).toBeNull();
  },
};

/** A picked image asks "Inline" or "As attachment"; the remembered answer shows with a way to change it. */
export const InlineOrAttachmentPrompt: Story = {
  args: { onInlineImage: fn() },
  render: (args) => <AttachmentsPanel {...args} queue={storyAttachmentQueue()} />,
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.upload(picker(canvasElement), file('whiteboard.png', 2048, 'image/png'));
    const prompt = canvas.getByRole('group', { name: 'How should this image be added?' });
    await userEvent.click(within(prompt).getByRole('button', { name: 'Inline' }));
    await expect(args.onInlineImage).toHaveBeenCalledWith(expect.objectContaining({ name: 'whiteboard.png' }));
    await expect(item(canvasElement, 'whiteboard.png')).toHaveAttribute('data-inline');
    await expect(canvas.getByText('Images are added inline.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Ask each time' }));
    await expect(canvas.queryByText('Images are added inline.')).toBeNull();
  },
};

/** A forward's attachments, carried over by the server, listed with a file the user adds. */
export const CarriedAttachments: Story = {
  render: (args) => <AttachmentsPanel {...args} queue={storyAttachmentQueue(carried)} />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.upload(picker(canvasElement), file('reply notes.txt', 900, 'text/plain'));
    const names = within(canvas.getByRole('list', { name: 'Attachments' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.ink-attachments-name')?.textContent);
    await expect(names).toEqual(['minutes.docx', 'budget.xlsx', 'reply notes.txt']);
    await expect(item(canvasElement, 'minutes.docx')).toHaveAccessibleDescription('Attached');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove budget.xlsx' }));
    await expect(canvas.queryByText('budget.xlsx')).toBeNull();
  },
};

/** A drop zone spread over a whole (pretend) compose window: dragging files over it shows the overlay. */
export const DropOverWindow: Story = {
  render: (args) => (
    <Attachments.Root {...args} queue={storyAttachmentQueue()}>
      <Attachments.Dropzone style={{ minHeight: 240, padding: 16, border: '1px solid #c9ced6' }}>
        <h2 style={{ margin: 0, fontSize: 16 }}>New message</h2>
        <Attachments.Trigger />
        <Attachments.List />
      </Attachments.Dropzone>
    </Attachments.Root>
  ),
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('.ink-attachments-dropzone')!;
    await expect(zone).toHaveAttribute('data-state', 'idle');
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(file('dropped.pdf', 1000, 'application/pdf'));
    const drag = (type: string) => new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer });
    zone.dispatchEvent(drag('dragenter'));
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'dragging'));
    await expect(within(canvasElement).getByText('Drop files to attach')).toBeVisible();
    zone.dispatchEvent(drag('drop'));
    await waitFor(() => expect(item(canvasElement, 'dropped.pdf')).toBeVisible());
    await expect(zone).toHaveAttribute('data-state', 'idle');
  },
};

const emulator = createBrowserEmulator();

/** compose-core's real queue uploading to the emulator behind MSW. */
export const UploadToEmulator: Story = {
  parameters: { msw: { handlers: createEmulatorHandlers(emulator, { tickIntervalMs: 0 }) } },
  render: (args) => <EmulatorQueueHost>{(queue) => <AttachmentsPanel {...args} queue={queue} />}</EmulatorQueueHost>,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Attach files' })).toBeEnabled(), WAIT);
    await userEvent.upload(picker(canvasElement), file('agenda.txt', 2000, 'text/plain'));
    await waitFor(() => expect(item(canvasElement, 'agenda.txt')).toHaveAttribute('data-state', 'uploaded'), WAIT);
    await expect(item(canvasElement, 'agenda.txt')).toHaveAccessibleDescription('Attached');
  },
};

/** Arabic, right to left, sizes in Arabic digits. */
export const RightToLeft: Story = {
  render: (args) => (
    <I18nProvider locale="ar" messages={ar}>
      <AttachmentsPanel {...args} queue={storyAttachmentQueue([uploading, ...carried])} />
    </I18nProvider>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'إرفاق ملفات' });
    await expect(button.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('list', { name: 'المرفقات' })).toBeVisible();
  },
};
