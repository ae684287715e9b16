// The test setup loads the attachment list for every other test; these load the window's list in a fresh module
// graph, as an app does, where it is a chunk that arrives once there is something to list, or not at all.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeAttachmentQueue } from '@inkwell/editor/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

const CHUNK = '../attachments/AttachmentsList';
const OFFLINE = () => {
  throw new TypeError('Failed to fetch dynamically imported module');
};

afterEach(() => {
  vi.doUnmock(CHUNK);
  vi.resetModules();
});

async function mount() {
  vi.resetModules();
  const { ComposeAttachmentList } = await import('./ComposeAttachmentList');
  const { Root } = await import('../attachments/AttachmentsRoot');
  const queue = createFakeAttachmentQueue();
  render(
    <Root queue={queue}>
      <ComposeAttachmentList />
    </Root>,
  );
  const attach = (name: string) =>
    act(() => {
      queue.add(new File(['x'], name, { type: 'application/pdf' }));
    });
  return { attach };
}

describe('the compose window’s attachment list, loaded on demand', () => {
  it('shows nothing while there is nothing to list, then lists the first file added', async () => {
    const { attach } = await mount();
    expect(screen.queryByRole('list', { name: 'Attachments' })).toBeNull();
    attach('report.pdf');
    const list = await screen.findByRole('list', { name: 'Attachments' });
    expect(list).toHaveTextContent('report.pdf');
  });

  it('says in words when the list cannot load, and shows it on Try again', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const { attach } = await mount();
    attach('report.pdf');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The list of attachments could not be loaded. Check your connection and try again.',
    );
    vi.doUnmock(CHUNK);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Attachments' })).toHaveTextContent('report.pdf');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
