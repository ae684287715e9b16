// The plain-text list paste parser is a chunk of its own in an app; these load it the way an app does, in a fresh
// module graph, where it may arrive late or not at all. Pasting before it arrives pastes the text as it is.
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pasteInto } from '../test-utils/pasteInto';

const editors: Editor[] = [];

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  vi.doUnmock('@tiptap/extension-list/ordered-list');
  vi.doUnmock('../extras/editorExtrasChunk');
  vi.resetModules();
});

async function freshLists() {
  vi.resetModules();
  const { createListEditor } = await import('./test-utils/createListEditor');
  const loader = await import('./loadOrderedListPasteParser');
  const create = (content = '<p>|</p>') => {
    const editor = createListEditor(content);
    editors.push(editor);
    return editor;
  };
  return { loader, create };
}

const LIST = '1. milk\n2. eggs';

describe('loadOrderedListPasteParser', () => {
  it('is loaded when an editor is created; a list pasted before it arrives is pasted as text, after it as a list', async () => {
    let arrive = () => {};
    let requested = false;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('@tiptap/extension-list/ordered-list', async (importOriginal) => {
      requested = true;
      await arrived;
      return importOriginal();
    });
    const { loader, create } = await freshLists();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requested).toBe(false);

    const editor = create();
    await vi.waitFor(() => expect(requested).toBe(true));
    expect(loader.orderedListPasteParserLoaded()).toBeUndefined();
    expect(() => pasteInto(editor, { text: LIST })).not.toThrow();
    expect(editor.getHTML()).toBe('<p>1. milk</p><p>2. eggs</p>');

    arrive();
    await vi.waitFor(() => expect(loader.orderedListPasteParserLoaded()).toBeDefined());
    editor.commands.setContent('<p></p>');
    pasteInto(editor, { text: LIST });
    expect(editor.getHTML()).toBe('<ol><li><p>milk</p></li><li><p>eggs</p></li></ol>');
  });

  it('a load that fails does not reach the editor, and the next editor created loads it', async () => {
    const failed = vi.fn(() => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    vi.doMock('@tiptap/extension-list/ordered-list', failed);
    const { loader, create } = await freshLists();
    const first = create();
    await vi.waitFor(() => expect(failed).toHaveBeenCalled());
    // Settled: a rejection the editor did not catch would fail this test as unhandled.
    await new Promise((resolve) => setTimeout(resolve, 0));
    pasteInto(first, { text: LIST });
    expect(first.getHTML()).toBe('<p>1. milk</p><p>2. eggs</p>');
    expect(loader.orderedListPasteParserLoaded()).toBeUndefined();

    vi.doUnmock('@tiptap/extension-list/ordered-list');
    const second = create();
    await vi.waitFor(() => expect(loader.orderedListPasteParserLoaded()).toBeDefined());
    pasteInto(second, { text: LIST });
    expect(second.getHTML()).toBe('<ol><li><p>milk</p></li><li><p>eggs</p></li></ol>');
  });
});
