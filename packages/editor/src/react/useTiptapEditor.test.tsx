import { act, render } from '@testing-library/react';
import { Node, type Editor, type NodeViewProps } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { createContext, StrictMode, useContext, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorContent } from './EditorContent';
import { reactLeafNodeView } from './ReactLeafNodeView';
import { useEditorSelector } from './useEditorSelector';
import { useTiptapEditor } from './useTiptapEditor';

const Label = createContext('no context');

function Badge({ node, selected }: NodeViewProps) {
  return (
    <span role="img" aria-label={`${String(node.attrs.name)} badge`} data-selected={selected || undefined}>
      {useContext(Label)}
    </span>
  );
}

const BadgeNode = Node.create({
  name: 'badge',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => ({ name: { default: '' } }),
  parseHTML: () => [{ tag: 'span[data-badge]', getAttrs: (el) => ({ name: el.getAttribute('data-badge') }) }],
  renderHTML: ({ node }) => ['span', { 'data-badge': node.attrs.name as string }],
  addNodeView: () => reactLeafNodeView(Badge, { className: 'badge-view' }),
});

const extensions = [Document, Paragraph, Text, BadgeNode];

interface Seen {
  editors: Editor[];
  bold?: number;
}

function TestEditor({ seen, content = '<p>Hi</p>' }: { seen: Seen; content?: string }) {
  const editor = useTiptapEditor({ extensions, content });
  const words = useEditorSelector(editor, (e) => ({ words: e.state.doc.textContent.split(/\s+/).length }));
  useEffect(() => {
    seen.editors.push(editor);
  }, [editor, seen]);
  return (
    <Label value="from the app">
      <output aria-label="words">{words.words}</output>
      <EditorContent editor={editor} className="host" />
    </Label>
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useTiptapEditor and EditorContent', () => {
  it('puts the editor on the page inside the given element, with the text it starts from', () => {
    const seen: Seen = { editors: [] };
    const { container } = render(<TestEditor seen={seen} />);
    const host = container.querySelector('.host');
    expect(host?.querySelector('.ProseMirror')?.textContent).toBe('Hi');
    expect(seen.editors[0]?.options.element).toBe(host);
  });

  it('keeps one editor through a Strict Mode remount and destroys it once the component is gone', async () => {
    vi.useFakeTimers();
    const seen: Seen = { editors: [] };
    const { container, unmount } = render(
      <StrictMode>
        <TestEditor seen={seen} />
      </StrictMode>,
    );
    await act(() => vi.advanceTimersByTimeAsync(2000));
    const editor = seen.editors[0];
    expect(new Set(seen.editors).size).toBe(1);
    expect(editor?.isDestroyed).toBe(false);
    expect(container.querySelector('.host .ProseMirror')).not.toBeNull();
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(editor?.isDestroyed).toBe(true);
  });

  it('renders a React node view inside the editor, in the app React tree (its context reaches it)', async () => {
    const seen: Seen = { editors: [] };
    const { findByRole } = render(<TestEditor seen={seen} content='<p>A <span data-badge="Ann"></span></p>' />);
    const badge = await findByRole('img', { name: 'Ann badge' });
    expect(badge).toHaveTextContent('from the app');
    expect(badge.closest('.badge-view')?.classList.contains('node-badge')).toBe(true);
  });

  it('gives the node view the selected state and new attributes, and removes it with its node', async () => {
    const seen: Seen = { editors: [] };
    const { findByRole, queryByRole } = render(
      <TestEditor seen={seen} content='<p>A <span data-badge="Ann"></span></p>' />,
    );
    await findByRole('img', { name: 'Ann badge' });
    const editor = seen.editors[0] as Editor;
    act(() => {
      editor.commands.setNodeSelection(3);
    });
    expect(await findByRole('img', { name: 'Ann badge' })).toHaveAttribute('data-selected', 'true');
    act(() => {
      editor.commands.updateAttributes('badge', { name: 'Bo' });
    });
    expect(await findByRole('img', { name: 'Bo badge' })).toBeInTheDocument();
    act(() => {
      editor.commands.deleteRange({ from: 3, to: 4 });
    });
    await act(() => Promise.resolve());
    expect(queryByRole('img', { name: /badge/ })).toBeNull();
  });
});

describe('useEditorSelector', () => {
  it('re-renders when the selected value changes, not on every transaction', () => {
    const renders = vi.fn();
    let editor: Editor | undefined;
    function Words() {
      const current = useTiptapEditor({ extensions, content: '<p>one</p>' });
      editor = current;
      const { words } = useEditorSelector(current, (e) => ({ words: e.state.doc.textContent.split(' ').length }));
      renders(words);
      return <EditorContent editor={current} />;
    }
    render(<Words />);
    const before = renders.mock.calls.length;
    act(() => {
      editor?.commands.insertContentAt(4, 'x');
      editor?.commands.insertContentAt(5, 'y');
    });
    expect(renders.mock.calls.length).toBe(before);
    act(() => {
      editor?.commands.insertContentAt(6, ' two');
    });
    expect(renders.mock.calls.slice(before).map(([words]) => words as number)).toEqual([2]);
  });
});
