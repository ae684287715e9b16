// linkifyjs is loaded by the test setup for every other test; these load it the way an app does, in a fresh module
// graph, where it is a chunk of its own that may arrive late or not at all.
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pasteInto } from '../test-utils/pasteInto';

const editors: Editor[] = [];

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  vi.doUnmock('linkifyjs');
  vi.resetModules();
});

async function freshLink() {
  vi.resetModules();
  const { Editor } = await import('@tiptap/core');
  const { Document } = await import('@tiptap/extension-document');
  const { Paragraph } = await import('@tiptap/extension-paragraph');
  const { Text } = await import('@tiptap/extension-text');
  const { Link } = await import('./Link');
  const loader = await import('./loadLinkify');
  const create = (content = '<p>hello there world</p>') => {
    const editor = new Editor({ content, extensions: [Document, Paragraph, Text, Link] });
    editors.push(editor);
    return editor;
  };
  return { loader, create };
}

/** Types " https://x.example " at the end, one character at a time, as autolink sees typing. */
function typeUrl(editor: Editor): void {
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  for (const ch of ' https://x.example ') editor.view.dispatch(editor.state.tr.insertText(ch));
}

describe('loadLinkify', () => {
  it('is loaded when an editor is created, not when Link is imported; before it arrives nothing is linked', async () => {
    let arrive = () => {};
    let requested = false;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('linkifyjs', async (importOriginal) => {
      requested = true;
      await arrived;
      return importOriginal();
    });
    const { loader, create } = await freshLink();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requested).toBe(false);

    const editor = create();
    await vi.waitFor(() => expect(requested).toBe(true));
    expect(loader.linkifyLoaded()).toBeUndefined();
    expect(() => typeUrl(editor)).not.toThrow();
    editor.commands.setTextSelection({ from: 7, to: 12 });
    expect(() => pasteInto(editor, { text: 'https://y.example' })).not.toThrow();
    pasteInto(editor, { text: ' see https://z.example' });
    expect(editor.getHTML()).toBe('<p>hello https://y.example see https://z.example world https://x.example </p>');

    arrive();
    await vi.waitFor(() => expect(loader.linkifyLoaded()).toBeDefined());
    typeUrl(editor);
    expect(editor.getHTML()).toContain('href="https://x.example">https://x.example</a> </p>');
  });

  it('a load that fails does not reach the editor, and the next editor created loads it', async () => {
    const failed = vi.fn(() => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    vi.doMock('linkifyjs', failed);
    const { loader, create } = await freshLink();
    const first = create('<p>x</p>');
    await vi.waitFor(() => expect(failed).toHaveBeenCalled());
    // Settled: a rejection the editor did not catch would fail this test as unhandled.
    await new Promise((resolve) => setTimeout(resolve, 0));
    typeUrl(first);
    expect(first.getHTML()).toBe('<p>x https://x.example </p>');
    expect(loader.linkifyLoaded()).toBeUndefined();

    vi.doUnmock('linkifyjs');
    const second = create('<p>y</p>');
    await vi.waitFor(() => expect(loader.linkifyLoaded()).toBeDefined());
    typeUrl(second);
    expect(second.getHTML()).toContain('href="https://x.example">https://x.example</a> </p>');
  });
});
