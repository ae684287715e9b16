import { createEvent, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AttachmentQueue, DraftAttachment } from '@inkwell/compose-core';
import { AttachmentsPanel } from './AttachmentsPanel';

function recordingQueue() {
  let items: readonly DraftAttachment[] = [];
  const listeners = new Set<() => void>();
  const add = vi.fn((file: File | Blob) => {
    const entry: DraftAttachment = {
      localId: `a${items.length + 1}`,
      name: (file as File).name,
      contentType: file.type,
      size: file.size,
      isInline: false,
      state: 'uploading',
      progress: 0,
    };
    items = [...items, entry];
    listeners.forEach((l) => l());
    return entry;
  });
  const queue = {
    getSnapshot: () => items,
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    add,
    remove: vi.fn(),
    cancel: vi.fn(),
    retry: vi.fn(),
  } as unknown as AttachmentQueue;
  return { queue, add };
}

const file = (name: string, size = 100, type = 'application/pdf') => new File(['x'.repeat(size)], name, { type });

/** What a drag or paste of these files carries (jsdom has no DataTransfer). */
const transferOf = (files: File[], entries?: unknown[]) => ({
  files,
  types: ['Files'],
  items: files.map((f, i) => ({
    kind: 'file',
    type: f.type,
    getAsFile: () => f,
    ...(entries ? { webkitGetAsEntry: () => entries[i] } : {}),
  })),
});

const zoneOf = (container: HTMLElement) => container.querySelector('.ink-attachments-dropzone')!;

describe('dropping and pasting files onto the drop zone', () => {
  it('stays in the dragging state while the pointer crosses children, and leaves it once out', async () => {
    const { queue } = recordingQueue();
    const { container } = render(<AttachmentsPanel queue={queue} />);
    const zone = zoneOf(container);
    const child = screen.getByRole('button', { name: 'Attach files' });
    const dataTransfer = transferOf([file('a.pdf')]);
    fireEvent.dragEnter(zone, { dataTransfer });
    fireEvent.dragEnter(child, { dataTransfer });
    fireEvent.dragLeave(zone, { dataTransfer });
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'dragging'));
    expect(screen.getByText('Drop files to attach')).toBeInTheDocument();
    fireEvent.dragLeave(child, { dataTransfer });
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'idle'));
    expect(screen.queryByText('Drop files to attach')).toBeNull();
  });

  it('attaches the files of a drop, and shows nothing for a drag without files', async () => {
    const { queue, add } = recordingQueue();
    const { container } = render(<AttachmentsPanel queue={queue} />);
    const zone = zoneOf(container);
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['text/plain'], items: [], files: [] } });
    expect(zone).toHaveAttribute('data-state', 'idle');
    const dataTransfer = transferOf([file('report.pdf'), file('notes.txt', 10, 'text/plain')]);
    fireEvent.dragEnter(zone, { dataTransfer });
    const drop = createEvent.drop(zone, { dataTransfer });
    fireEvent(zone, drop);
    expect(drop.defaultPrevented).toBe(true);
    await waitFor(() => expect(add).toHaveBeenCalledTimes(2));
    expect(add.mock.calls.map(([f]) => (f as File).name)).toEqual(['report.pdf', 'notes.txt']);
    expect(zone).toHaveAttribute('data-state', 'idle');
  });

  it('attaches the files inside a dropped folder, at any depth, without system files', async () => {
    const { queue, add } = recordingQueue();
    const { container } = render(<AttachmentsPanel queue={queue} />);
    const fileEntry = (f: File) => ({ isDirectory: false, name: f.name, file: (ok: (f: File) => void) => ok(f) });
    const folder = (entries: unknown[]) => ({
      isDirectory: true,
      name: 'folder',
      createReader: () => {
        let read = false;
        return {
          readEntries: (ok: (batch: unknown[]) => void) => {
            ok(read ? [] : entries);
            read = true;
          },
        };
      },
    });
    const tree = folder([
      fileEntry(file('top.pdf')),
      fileEntry(file('.DS_Store')),
      folder([fileEntry(file('deep.pdf'))]),
    ]);
    const placeholder = file('folder', 0, '');
    fireEvent.drop(zoneOf(container), { dataTransfer: transferOf([placeholder], [tree]) });
    await waitFor(() => expect(add).toHaveBeenCalledTimes(2));
    expect(add.mock.calls.map(([f]) => (f as File).name).sort()).toEqual(['deep.pdf', 'top.pdf']);
  });

  it('attaches pasted files that nothing inside took, and leaves a paste the editor took alone', async () => {
    const { queue, add } = recordingQueue();
    const { container } = render(<AttachmentsPanel queue={queue} />);
    const zone = zoneOf(container);
    const taken = createEvent.paste(zone, { clipboardData: transferOf([file('inline.png', 10, 'image/png')]) });
    taken.preventDefault();
    fireEvent(zone, taken);
    fireEvent.paste(zone, { clipboardData: { types: ['text/plain'], items: [], files: [] } });
    fireEvent.paste(zone, { clipboardData: transferOf([file('pasted.pdf')]) });
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(add).toHaveBeenCalledWith(expect.objectContaining({ name: 'pasted.pdf' }), undefined);
  });

  it('never lets a file dropped beside the zone open in the tab, and takes no drop before the queue is ready', async () => {
    const { queue, add } = recordingQueue();
    const { container, rerender } = render(<AttachmentsPanel queue={null} />);
    const zone = zoneOf(container);
    const dataTransfer = transferOf([file('early.pdf')]);
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone).toHaveAttribute('data-state', 'idle');
    const early = createEvent.drop(zone, { dataTransfer });
    fireEvent(zone, early);
    expect(early.defaultPrevented).toBe(true);
    const beside = createEvent.drop(document.body, { dataTransfer });
    fireEvent(document.body, beside);
    expect(beside.defaultPrevented).toBe(true);
    rerender(<AttachmentsPanel queue={queue} />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(add).not.toHaveBeenCalled();
  });
});
