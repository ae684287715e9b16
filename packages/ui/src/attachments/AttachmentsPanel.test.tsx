import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AddAttachmentOptions, AttachmentQueue, DraftAttachment } from '@inkwell/compose-core';
import { I18nProvider } from '../i18n';
import { ro } from '../locales/ro';
import { AttachmentsPanel } from './AttachmentsPanel';
import { IMAGE_PLACEMENT_KEY } from './imagePlacement';

/** An in-memory queue with the public shape of compose-core's; uploads move only when the test says so. */
function fakeQueue(initial: DraftAttachment[] = []) {
  let items: readonly DraftAttachment[] = initial;
  const listeners = new Set<() => void>();
  let n = 0;
  const set = (next: readonly DraftAttachment[]) => {
    items = next;
    listeners.forEach((l) => l());
  };
  const patch = (localId: string, change: Partial<DraftAttachment>) =>
    set(items.map((a) => (a.localId === localId ? { ...a, ...change } : a)));
  const queue = {
    getSnapshot: () => items,
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    add: vi.fn((file: File | Blob, options?: AddAttachmentOptions) => {
      const entry: DraftAttachment = {
        localId: `a${++n}`,
        name: (file as File).name,
        contentType: file.type,
        size: file.size,
        isInline: options?.inline === true,
        state: 'uploading',
        progress: 0,
        ...(options?.inline ? { contentId: `img${n}@example.com` } : {}),
      };
      set([...items, entry]);
      return entry;
    }),
    remove: vi.fn((localId: string) => set(items.filter((a) => a.localId !== localId))),
    retry: vi.fn((localId: string) => patch(localId, { state: 'uploading', progress: 0 })),
    cancel: vi.fn((localId: string) => patch(localId, { state: 'cancelled' })),
    setInline: vi.fn(),
    previewUrl: () => undefined,
    byContentId: () => undefined,
  } satisfies AttachmentQueue;
  return { queue, patch: (localId: string, change: Partial<DraftAttachment>) => act(() => patch(localId, change)) };
}

const file = (name: string, bytes: number, type: string) => new File([new Uint8Array(bytes)], name, { type });
const picker = () => document.querySelector('input[type="file"]') as HTMLInputElement;

describe('AttachmentsPanel', () => {
  beforeEach(() => localStorage.clear());

  it('opens the file picker from "Attach files" by keyboard and uploads what was picked', async () => {
    const user = userEvent.setup();
    const { queue } = fakeQueue();
    render(<AttachmentsPanel queue={queue} />);
    const click = vi.spyOn(picker(), 'click');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Attach files' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(click).toHaveBeenCalledOnce();
    await user.upload(picker(), [file('report.pdf', 1200 * 1024, 'application/pdf')]);
    expect(queue.add).toHaveBeenCalledOnce();
    const item = within(screen.getByRole('list', { name: 'Attachments' })).getByRole('listitem');
    expect(item).toHaveTextContent('report.pdf');
    expect(item).toHaveTextContent('1.2 MB');
    expect(screen.getByRole('progressbar', { name: 'Uploading report.pdf' })).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByRole('status')).toHaveTextContent('Attached report.pdf.');
  });

  it('shows progress, and cancels, retries and removes by keyboard', async () => {
    const user = userEvent.setup();
    const { queue, patch } = fakeQueue();
    render(<AttachmentsPanel queue={queue} />);
    await user.upload(picker(), [file('a.zip', 3000, 'application/zip')]);
    patch('a1', { progress: 0.42 });
    expect(screen.getByRole('progressbar', { name: 'Uploading a.zip' })).toHaveAttribute('aria-valuenow', '42');
    expect(screen.getByRole('listitem')).toHaveAccessibleDescription('Uploading, 42%');
    screen.getByRole('button', { name: 'Cancel upload of a.zip' }).focus();
    await user.keyboard('{Enter}');
    expect(queue.cancel).toHaveBeenCalledWith('a1');
    patch('a1', { state: 'failed', progress: undefined, error: 'Upload failed: 503' });
    expect(screen.getByRole('listitem')).toHaveAttribute('data-state', 'failed');
    expect(screen.getByRole('listitem')).toHaveAccessibleDescription('Upload failed');
    expect(screen.queryByText(/503/)).toBeNull();
    screen.getByRole('button', { name: 'Retry a.zip' }).focus();
    await user.keyboard('{Enter}');
    expect(queue.retry).toHaveBeenCalledWith('a1');
    patch('a1', { state: 'uploaded', progress: 1 });
    await user.click(screen.getByRole('button', { name: 'Remove a.zip' }));
    expect(queue.remove).toHaveBeenCalledWith('a1');
    expect(screen.getByRole('status')).toHaveTextContent('Removed a.zip.');
  });

  it('says when this device cannot keep a file on its way up, and stops saying it once the file is up', async () => {
    const user = userEvent.setup();
    const { queue, patch } = fakeQueue();
    render(<AttachmentsPanel queue={queue} />);
    await user.upload(picker(), [file('big.mov', 3000, 'video/quicktime')]);
    patch('a1', { progress: 0.1, notKept: true });
    expect(screen.getByRole('listitem')).toHaveAccessibleDescription(
      'Uploading, 10% · This device cannot keep the file: leave this tab open until it is uploaded',
    );
    expect(screen.getByRole('listitem')).toHaveAttribute('data-storage', 'unavailable');
    patch('a1', { state: 'uploaded', progress: 1 });
    expect(screen.getByRole('listitem')).toHaveAccessibleDescription('Attached');
    expect(screen.getByRole('listitem')).not.toHaveAttribute('data-storage');
  });

  it('refuses files over the size, count and type limits before any upload, saying why', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { queue } = fakeQueue();
    render(
      <AttachmentsPanel
        queue={queue}
        limits={{ maxAttachmentBytes: 1024 * 1024, maxAttachments: 2, maxTotalBytes: 10 * 1024 * 1024 }}
        accept={['application/pdf', 'image/*', '.txt']}
      />,
    );
    await user.upload(picker(), [
      file('big.pdf', 2 * 1024 * 1024, 'application/pdf'),
      file('virus.exe', 10, 'application/x-msdownload'),
      file('one.pdf', 10, 'application/pdf'),
      file('two.txt', 10, ''),
      file('three.pdf', 10, 'application/pdf'),
    ]);
    expect(queue.add.mock.calls.map(([f]) => (f as File).name)).toEqual(['one.pdf', 'two.txt']);
    const item = (name: string) => screen.getByText(name).closest('li')!;
    expect(item('big.pdf')).toHaveAttribute('data-state', 'rejected');
    expect(item('big.pdf')).toHaveAccessibleDescription('Not attached: It is 2 MB; each file can be at most 1 MB.');
    expect(item('virus.exe')).toHaveAccessibleDescription('Not attached: Files of this type cannot be attached.');
    expect(item('three.pdf')).toHaveAccessibleDescription('Not attached: A message can have at most 2 attachments.');
    expect(screen.getByRole('status')).toHaveTextContent('Attached 2 files. 3 files were not attached.');
    await user.click(screen.getByRole('button', { name: 'Dismiss big.pdf' }));
    expect(screen.queryByText('big.pdf')).toBeNull();
  });

  it('refuses a file that would pass the total size of all attachments', async () => {
    const user = userEvent.setup();
    const { queue } = fakeQueue([
      {
        localId: 'c1',
        name: 'carried.pdf',
        contentType: 'application/pdf',
        size: 900 * 1024,
        isInline: false,
        state: 'uploaded',
        queueId: 7,
      },
    ]);
    render(<AttachmentsPanel queue={queue} limits={{ maxTotalBytes: 1024 * 1024 }} />);
    await user.upload(picker(), [file('more.pdf', 200 * 1024, 'application/pdf')]);
    expect(queue.add).not.toHaveBeenCalled();
    expect(screen.getByText('more.pdf').closest('li')).toHaveAccessibleDescription(
      'Not attached: All attachments together can be at most 1 MB.',
    );
  });

  it('lists attachments carried over from a forward with the rest, removable', async () => {
    const user = userEvent.setup();
    const { queue } = fakeQueue([
      {
        localId: 'c1',
        name: 'minutes.docx',
        contentType: 'application/msword',
        size: 48_000,
        isInline: false,
        state: 'uploaded',
        queueId: 7,
      },
    ]);
    render(<AttachmentsPanel queue={queue} />);
    await user.upload(picker(), [file('new.txt', 5, 'text/plain')]);
    const items = within(screen.getByRole('list', { name: 'Attachments' })).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.ink-attachments-name')?.textContent)).toEqual([
      'minutes.docx',
      'new.txt',
    ]);
    expect(items[0]).toHaveAccessibleDescription('Attached');
    await user.click(screen.getByRole('button', { name: 'Remove minutes.docx' }));
    expect(queue.remove).toHaveBeenCalledWith('c1');
  });

  it('asks whether images go inline or as attachments, and remembers the answer until changed', async () => {
    const user = userEvent.setup();
    const { queue } = fakeQueue();
    const onInlineImage = vi.fn();
    render(<AttachmentsPanel queue={queue} onInlineImage={onInlineImage} />);
    await user.upload(picker(), [file('photo.png', 100, 'image/png'), file('notes.txt', 5, 'text/plain')]);
    expect(queue.add.mock.calls.map(([f]) => (f as File).name)).toEqual(['notes.txt']);
    const prompt = screen.getByRole('group', { name: 'How should this image be added?' });
    expect(within(prompt).getByRole('checkbox', { name: 'Remember my choice' })).toBeChecked();
    await user.click(within(prompt).getByRole('button', { name: 'Inline' }));
    expect(queue.add).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'photo.png' }), { inline: true });
    expect(onInlineImage).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'photo.png', contentId: 'img2@example.com' }),
    );
    expect(localStorage.getItem(IMAGE_PLACEMENT_KEY)).toBe('inline');

    await user.upload(picker(), [file('second.jpg', 100, 'image/jpeg')]);
    expect(screen.queryByRole('group')).toBeNull();
    expect(queue.add).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'second.jpg' }), { inline: true });

    await user.click(screen.getByRole('button', { name: 'Ask each time' }));
    expect(localStorage.getItem(IMAGE_PLACEMENT_KEY)).toBeNull();
    await user.upload(picker(), [file('third.gif', 100, 'image/gif')]);
    await user.click(screen.getByRole('checkbox', { name: 'Remember my choice' }));
    await user.click(screen.getByRole('button', { name: 'As attachment' }));
    expect(queue.add).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'third.gif' }), undefined);
    expect(localStorage.getItem(IMAGE_PLACEMENT_KEY)).toBeNull();
  });

  it('takes dropped files and shows the drop state', async () => {
    const { queue } = fakeQueue();
    const { container } = render(<AttachmentsPanel queue={queue} limits={{ maxAttachmentBytes: 10 }} />);
    const zone = container.querySelector('.ink-attachments-dropzone')!;
    expect(zone).toHaveAttribute('data-state', 'idle');
    const dropped = [file('huge.bin', 50, 'application/octet-stream')];
    const dataTransfer = {
      files: dropped,
      items: dropped.map((f) => ({ kind: 'file', type: f.type, getAsFile: () => f })),
      types: ['Files'],
    };
    fireEvent.dragEnter(zone, { dataTransfer });
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'dragging'));
    fireEvent.drop(zone, { dataTransfer });
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'rejected'));
    expect(queue.add).not.toHaveBeenCalled();
    expect(screen.getByText('huge.bin').closest('li')).toHaveAttribute('data-state', 'rejected');
  });

  it('speaks Romanian, sizes included', async () => {
    const user = userEvent.setup();
    const { queue } = fakeQueue();
    render(
      <I18nProvider locale="ro" messages={ro}>
        <AttachmentsPanel queue={queue} />
      </I18nProvider>,
    );
    await user.upload(picker(), [file('raport.pdf', 1200 * 1024, 'application/pdf')]);
    expect(screen.getByRole('button', { name: 'Atașează fișiere' })).toBeEnabled();
    expect(screen.getByRole('listitem')).toHaveTextContent('1,2 MB');
  });

  it('waits for the queue: nothing to attach to before the session is ready', () => {
    render(<AttachmentsPanel queue={null} />);
    expect(screen.getByRole('button', { name: 'Attach files' })).toBeDisabled();
  });
});
