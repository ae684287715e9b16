// The test setup loads the composer's on-demand parts for every other test; these load the composer in a fresh
// module graph, as an app does, where they are a chunk that arrives after the editor, or not at all.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';

const CHUNK = './editorExtrasChunk';
const OFFLINE = () => {
  throw new TypeError('Failed to fetch dynamically imported module');
};

afterEach(() => {
  vi.doUnmock(CHUNK);
  vi.resetModules();
});

async function mount(props: { onLargeImage?: () => boolean } = {}) {
  vi.resetModules();
  const loader = await import('./loadEditorExtras');
  const { Composer } = await import('../Composer');
  let editor: Editor | undefined;
  render(
    <Composer
      queue={createFakeAttachmentQueue()}
      senderDomain="example.com"
      ariaLabel="Message body"
      {...props}
      onEditor={(e) => {
        editor = e;
      }}
    />,
  );
  if (!editor) throw new Error('editor not created');
  return { loader, editor };
}

describe('the composer before its on-demand parts arrive', () => {
  it('starts loading them with the editor and adds the drop and gap cursors (and the blank-space click) once they arrive', async () => {
    const { loader, editor } = await mount();
    expect(loader.editorExtrasLoaded()).toBeUndefined();
    const before = editor.state.plugins.length;
    await waitFor(() => expect(loader.editorExtrasLoaded()).toBeDefined());
    // The editor's create event comes a moment after mounting; the cursors are registered then.
    await waitFor(() => expect(editor.state.plugins.length).toBe(before + 3));
    expect(editor.isDestroyed).toBe(false);
  });

  it('adds the styles of the image controls and the link form with them', async () => {
    await mount();
    const styles = () => [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    expect(styles()).toContain('.inkwell-composer');
    expect(styles()).not.toContain('.inkwell-image-controls');
    await waitFor(() => expect(styles()).toContain('.inkwell-image-controls'));
    expect(styles()).toContain('.inkwell-link-editor');
  });

  it('says in words that the link form could not be loaded, and opens it on Try again', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const { loader } = await mount();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The editor could not be loaded. Check your connection and try again.',
    );
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull();
    expect(loader.editorExtrasLoaded()).toBeUndefined();
    vi.doUnmock(CHUNK);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: 'Link address' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('switches to plain text only once the conversion has loaded, and says so when it cannot load', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const { editor } = await mount();
    act(() => {
      editor.commands.setContent({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' words' },
            ],
          },
        ],
      });
    });
    const user = userEvent.setup();
    expect(editor.commands.setPlainTextMode()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Plain text' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The editor could not be loaded.');
    expect(editor.getHTML()).toContain('<strong>Bold</strong>');
    vi.doUnmock(CHUNK);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(await screen.findByRole('button', { name: 'Switch to plain text' }));
    expect(editor.getText()).toBe('Bold words');
    expect(editor.getHTML()).not.toContain('<strong>');
    expect(editor.storage.plainTextMode.enabled).toBe(true);
  });

  it('inserts a picked image as it is, without asking to scale it, when the scaling part cannot load', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const onLargeImage = vi.fn(() => true);
    const { editor } = await mount({ onLargeImage });
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' });
    let inserted = 0;
    // The failed load re-renders the composer while the import below is awaited: inside act.
    await act(async () => {
      const { insertImageFiles } = await import('../inline-image/insertImageFiles');
      inserted = await insertImageFiles(editor, [file]);
    });
    expect(inserted).toBe(1);
    expect(onLargeImage).not.toHaveBeenCalled();
    expect(editor.getJSON().content?.some((block) => block.content?.some((n) => n.type === 'inlineImage'))).toBe(true);
  });

  it('keeps an editor working without the cursors when they cannot load', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const { editor } = await mount();
    const before = editor.state.plugins.length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(editor.state.plugins.length).toBe(before);
    act(() => {
      editor.commands.insertContent('Still typing');
    });
    expect(editor.getText()).toContain('Still typing');
  });
});
