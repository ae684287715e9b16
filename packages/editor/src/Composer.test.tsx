import { act, render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/core';
import { describe, expect, it, vi } from 'vitest';
import { pngFile } from './__fixtures__/images';
import { Composer } from './Composer';
import type { SerializedComposer } from './serialize/types';
import { createFakeAttachmentQueue } from './test-utils/createFakeAttachmentQueue';

function renderComposer(props: Partial<Parameters<typeof Composer>[0]> = {}) {
  const queue = createFakeAttachmentQueue();
  const onChange = vi.fn<(s: SerializedComposer) => void>();
  let editor: Editor | undefined;
  const view = render(
    <Composer
      queue={queue}
      senderDomain="example.com"
      ariaLabel="Message body"
      placeholder="Write your message"
      onChange={onChange}
      onEditor={(e) => {
        editor = e;
      }}
      {...props}
    />,
  );
  if (!editor) throw new Error('editor not created');
  return { queue, onChange, editor, ...view };
}

// Role queries are slow in jsdom on a shared 2-core machine; these are long interaction tests, not timed ones.
describe('Composer', { timeout: 30_000 }, () => {
  it('names the text box and reports the serialized message on change', async () => {
    const user = userEvent.setup();
    const { onChange } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Message body' });
    await user.click(box);
    await user.keyboard('Hello');
    // Reported after the keystrokes have painted, one report for the whole burst.
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ bodyHtml: '<p dir="auto">Hello</p>', temporaryAttachments: [], isPlainText: false }),
      ),
    );
    expect(onChange.mock.calls.length).toBeLessThan(5);
  });

  it('reports nothing the user did not change: not the initial content, not turning read-only', async () => {
    const { onChange, rerender, queue } = renderComposer({
      initialHtml: '<p>Draft text</p>',
      signatureHtml: '<p>Ann</p>',
      quotedHtml: '<p>Original</p>',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    rerender(
      <Composer
        queue={queue}
        senderDomain="example.com"
        ariaLabel="Message body"
        initialHtml="<p>Draft text</p>"
        signatureHtml="<p>Ann</p>"
        quotedHtml="<p>Original</p>"
        onChange={onChange}
        editable={false}
      />,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reports a pending change at once when the editor loses focus', () => {
    const { onChange, editor } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Message body' });
    // No timer may run between the edit and the blur: only the flush on blur can report it.
    act(() => {
      box.focus();
      editor.commands.insertContent('Bye');
      expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ bodyHtml: '<p dir="auto">Bye</p>' }));
      box.blur();
    });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ bodyHtml: '<p dir="auto">Bye</p>' }));
  });

  it('reports a pending change when it unmounts', () => {
    const { onChange, editor, unmount } = renderComposer();
    act(() => {
      editor.commands.insertContent('Last words');
    });
    unmount();
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ bodyHtml: '<p dir="auto">Last words</p>' }));
  });

  it('starts from the draft, the signature and the quote, in that order', () => {
    const { editor } = renderComposer({
      initialHtml: '<p>Draft text</p>',
      signatureHtml: '<p>Ann</p>',
      quotedHtml: '<p>Original</p>',
    });
    expect(editor.getHTML()).toBe(
      '<p dir="auto">Draft text</p><div data-inkwell-signature="" dir="auto"><p dir="auto">Ann</p></div>' +
        '<blockquote type="cite" data-inkwell-quote=""><p>Original</p></blockquote>',
    );
  });

  it('puts the signature above a quote that is already in the body (a prefilled reply)', () => {
    const { editor } = renderComposer({
      initialHtml: '<p><br></p><blockquote type="cite" data-inkwell-quote=""><p>Original</p></blockquote>',
      signatureHtml: '<p>Ann</p>',
    });
    const html = editor.getHTML();
    expect(html.indexOf('data-inkwell-signature')).toBeGreaterThan(-1);
    expect(html.indexOf('data-inkwell-signature')).toBeLessThan(html.indexOf('data-inkwell-quote'));
  });

  it('swaps the signature when the prop changes', () => {
    const { editor, rerender, queue } = renderComposer({ initialHtml: '<p>Body</p>', signatureHtml: '<p>Ann</p>' });
    rerender(<Composer queue={queue} senderDomain="example.com" ariaLabel="Message body" signatureHtml="<p>Bob</p>" />);
    expect(editor.getHTML()).toBe(
      '<p dir="auto">Body</p><div data-inkwell-signature="" dir="auto"><p dir="auto">Bob</p></div>',
    );
  });

  it('shows upload progress on the image, then failure with Retry and Remove', async () => {
    const user = userEvent.setup();
    const { editor, queue } = renderComposer();
    act(() => {
      editor.commands.insertInlineImage(pngFile('diagram.png'));
    });
    const [entry] = queue.getSnapshot();
    const localId = entry?.localId ?? '';

    act(() => queue.progress(localId, 0.42));
    const progress = await screen.findByRole('progressbar', { name: 'Uploading diagram.png' });
    expect(progress).toHaveAttribute('aria-valuenow', '42');
    expect(screen.getByRole('img', { name: 'diagram' })).toHaveAttribute('src', queue.previewUrl(localId));

    act(() => queue.fail(localId, 'Server refused the file'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('diagram.png: Server refused the file');

    await user.click(screen.getByRole('button', { name: 'Retry upload of diagram.png' }));
    expect(queue.calls.at(-1)).toEqual({ method: 'retry', localId });
    act(() => queue.fail(localId));

    await user.click(screen.getByRole('button', { name: 'Remove image diagram.png' }));
    expect(queue.getSnapshot()).toEqual([]);
    expect(editor.getHTML()).not.toContain('<img');
  });

  it('blocks remote images in the body until the user loads them', async () => {
    const user = userEvent.setup();
    renderComposer({ initialHtml: '<p><img src="https://cdn.example.net/a.png" alt="banner"></p>' });
    expect(await screen.findByRole('img', { name: 'banner (remote image, not loaded)' })).not.toHaveAttribute('src');
    expect(document.querySelector('img[src^="https:"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Load remote image' }));
    expect(screen.getByRole('img', { name: 'banner' })).toHaveAttribute('src', 'https://cdn.example.net/a.png');
  });
});

describe('Inline image controls', { timeout: 30_000 }, () => {
  function selectFirstImage(editor: Editor) {
    let pos = -1;
    editor.state.doc.descendants((node, at) => {
      if (pos < 0 && node.type.name === 'inlineImage') pos = at;
    });
    act(() => {
      editor.commands.setNodeSelection(pos);
    });
  }

  it('edits alt text and width from the keyboard once the image is selected', async () => {
    const user = userEvent.setup();
    const { editor, queue } = renderComposer({
      initialHtml: '<p><img src="cid:pic@example.com" alt="old" width="200"></p>',
    });
    act(() => queue.seed({ localId: 'pic', contentId: 'pic@example.com', isInline: true, queueId: 3 }, pngFile()));
    selectFirstImage(editor);

    await user.click(await screen.findByRole('button', { name: 'Edit alternative text' }));
    const field = screen.getByRole('textbox', { name: 'Alternative text' });
    await user.clear(field);
    await user.type(field, 'Team photo{Enter}');
    expect(editor.getHTML()).toContain('alt="Team photo"');

    selectFirstImage(editor);
    const slider = await screen.findByRole('slider', { name: 'Width of Team photo' });
    expect(slider).toHaveAttribute('aria-valuenow', '200');
    slider.focus();
    await user.keyboard('{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
    expect(editor.getHTML()).toContain('width="260"');
    expect(editor.getHTML()).toContain('style="width: 260px; max-width: 100%; height: auto;"');
  });

  it('shows a cid image as unavailable until the queue has its part, then shows the preview', async () => {
    const { queue } = renderComposer({ initialHtml: '<p><img src="cid:late@example.com" alt="chart"></p>' });
    expect(await screen.findByRole('img', { name: 'chart (image unavailable)' })).not.toHaveAttribute('src');
    act(() => queue.seed({ localId: 'late', contentId: 'late@example.com', isInline: true, queueId: 5 }, pngFile()));
    expect(await screen.findByRole('img', { name: 'chart' })).toHaveAttribute('src', queue.previewUrl('late'));
  });

  it('moves a selected image to the attachments and keeps the part', async () => {
    const user = userEvent.setup();
    const { editor, queue } = renderComposer({ initialHtml: '<p><img src="cid:doc@example.com" alt="scan"></p>' });
    act(() => queue.seed({ localId: 'doc', contentId: 'doc@example.com', isInline: true, queueId: 8 }, pngFile()));
    selectFirstImage(editor);
    await user.click(await screen.findByRole('button', { name: 'Move to attachments' }));
    expect(editor.getHTML()).toBe('');
    expect(queue.getSnapshot()).toMatchObject([{ localId: 'doc', isInline: false }]);
  });
});

describe('Toolbar', { timeout: 30_000 }, () => {
  it('is one tab stop with arrow keys, Home and End moving between buttons', async () => {
    const user = userEvent.setup();
    renderComposer();
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Italic' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Italic' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Plain text' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Plain text' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveFocus();
  });

  it('shows shortcuts in the tooltip and aria-keyshortcuts, and pressed state with aria-pressed', async () => {
    const user = userEvent.setup();
    renderComposer();
    const bold = screen.getByRole('button', { name: 'Bold' });
    expect(bold).toHaveAttribute('data-tooltip', 'Bold (Ctrl+B)');
    expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B');
    expect(bold).toHaveAttribute('aria-pressed', 'false');

    await user.click(screen.getByRole('textbox', { name: 'Message body' }));
    await user.click(bold);
    expect(bold).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('Strong');
    expect(screen.getByRole('textbox', { name: 'Message body' }).innerHTML).toContain('<strong>Strong</strong>');
  });

  it('re-renders only when its selected state changes, not on every keystroke', async () => {
    const user = userEvent.setup();
    const commits = { count: 0 };
    const queue = createFakeAttachmentQueue();
    let editor: Editor | undefined;
    render(
      <Profiler id="composer" onRender={() => (commits.count += 1)}>
        <Composer queue={queue} senderDomain="example.com" ariaLabel="Message body" onEditor={(e) => (editor = e)} />
      </Profiler>,
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('textbox', { name: 'Message body' }));
    await user.keyboard('a');
    expect(undo).not.toHaveAttribute('aria-disabled');

    const before = commits.count;
    await user.keyboard('bcdef');
    expect(editor?.getHTML()).toBe('<p dir="auto">abcdef</p>');
    expect(commits.count).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Bold' }));
    expect(commits.count).toBeGreaterThan(before);
    await user.click(undo);
    expect(editor?.getHTML()).toBe('');
  });

  it('adds and removes a link, turning an e-mail address into mailto:, and rejects javascript:', async () => {
    const user = userEvent.setup();
    const { editor } = renderComposer();
    await user.click(screen.getByRole('textbox', { name: 'Message body' }));
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const field = screen.getByRole('textbox', { name: 'Link address' });
    await user.type(field, 'javascript:alert(1){Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Links starting with "javascript:" are not allowed in mail.');
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, 'ann@example.com{Enter}');
    expect(editor.getHTML()).toBe(
      '<p dir="auto"><a target="_blank" rel="noopener noreferrer" href="mailto:ann@example.com">ann@example.com</a></p>',
    );

    act(() => {
      editor.commands.setTextSelection(3);
    });
    await user.click(screen.getByRole('button', { name: 'Edit link' }));
    await user.click(screen.getByRole('button', { name: 'Remove link' }));
    expect(editor.getHTML()).toBe('<p dir="auto">ann@example.com</p>');
  });

  it('links selected words and goes on after the link: what is typed next does not replace them', async () => {
    const user = userEvent.setup();
    const { editor } = renderComposer({ initialHtml: '<p>See the wiki notes</p>' });
    act(() => {
      editor.commands.setTextSelection({ from: 9, to: 13 });
    });
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await user.type(screen.getByRole('textbox', { name: 'Link address' }), 'https://wiki.example.com{Enter}');
    act(() => {
      editor.commands.insertContent('!');
    });
    expect(editor.getHTML()).toBe(
      '<p dir="auto">See the <a target="_blank" rel="noopener noreferrer" href="https://wiki.example.com">wiki</a>! notes</p>',
    );
  });

  it('warns before switching to plain text and can be cancelled', async () => {
    const user = userEvent.setup();
    const { editor } = renderComposer({ initialHtml: '<p><strong>Rich</strong></p>' });
    await user.click(screen.getByRole('button', { name: 'Plain text' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Switch to plain text?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(editor.getHTML()).toBe('<p dir="auto"><strong>Rich</strong></p>');

    await user.click(screen.getByRole('button', { name: 'Plain text' }));
    await user.click(screen.getByRole('button', { name: 'Switch to plain text' }));
    expect(editor.getHTML()).toBe('<p dir="auto">Rich</p>');
    expect(screen.getByRole('button', { name: 'Plain text' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-disabled', 'true');

    // Unedited: back to rich text without a warning, formatting restored.
    await user.click(screen.getByRole('button', { name: 'Plain text' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(editor.getHTML()).toBe('<p dir="auto"><strong>Rich</strong></p>');
  });
});
