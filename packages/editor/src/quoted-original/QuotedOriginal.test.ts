import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../test-utils/createTestEditor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const ORIGINAL =
  '<table style="border: 1px solid black"><tbody><tr><td style="color: green">Cell</td></tr></tbody></table>' +
  '<p>See <img src="https://tracker.example.net/pixel.png" alt="pixel"> and <img src="cid:logo@sender.example" alt="logo"></p>';

function shadowOf(current: Editor): ShadowRoot {
  const host = current.view.dom.querySelector('.inkwell-quote-host');
  if (!host?.shadowRoot) throw new Error('no quote shadow root');
  return host.shadowRoot;
}

function quoteButton(current: Editor, name: string): HTMLButtonElement {
  const button = [...current.view.dom.querySelectorAll<HTMLButtonElement>('.inkwell-quote button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!button) throw new Error(`no button ${name}`);
  return button;
}

describe('QuotedOriginal', () => {
  it('holds the sanitized original and serializes it inside a cite blockquote', () => {
    editor = createTestEditor('<p>Reply</p>').editor;
    editor.commands.setQuotedOriginal(`${ORIGINAL}<script>window.__pwned = 1</script><p onclick="x()">End</p>`);
    expect(editor.getHTML()).toBe(
      `<p dir="auto">Reply</p><blockquote type="cite" data-inkwell-quote="">${ORIGINAL}<p>End</p></blockquote>`,
    );
  });

  it('renders the original in a shadow root, remote images parked until "Show images", cid images from the queue', () => {
    const setup = createTestEditor('<p>Reply</p>');
    editor = setup.editor;
    setup.queue.seed(
      { localId: 'logo', contentId: 'logo@sender.example', isInline: true },
      new Blob(['x'], { type: 'image/png' }),
    );
    editor.commands.setQuotedOriginal(ORIGINAL);

    const shadow = shadowOf(editor);
    expect(shadow.querySelector('td')?.getAttribute('style')).toBe('color: green');
    const pixel = shadow.querySelector('img[alt="pixel"]');
    expect(pixel?.hasAttribute('src')).toBe(false);
    expect(pixel?.getAttribute('data-inkwell-remote-src')).toBe('https://tracker.example.net/pixel.png');
    expect(setup.queue.previewUrl('logo')).toMatch(/^blob:/);
    expect(shadow.querySelector('img[alt="logo"]')?.getAttribute('src')).toBe(setup.queue.previewUrl('logo'));
    // ProseMirror never parsed the quote: no table in the editable DOM.
    expect(editor.view.dom.querySelector('table')).toBeNull();

    quoteButton(editor, 'Show images in quoted text').click();
    expect(shadowOf(editor).querySelector('img[alt="pixel"]')?.getAttribute('src')).toBe(
      'https://tracker.example.net/pixel.png',
    );
    expect(quoteButton(editor, 'Show images in quoted text').hidden).toBe(true);
  });

  it('collapses behind the … toggle', () => {
    editor = createTestEditor().editor;
    editor.commands.setQuotedOriginal('<p>Old</p>');
    const toggle = quoteButton(editor, 'Hide quoted text');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    const collapsed = quoteButton(editor, 'Show quoted text');
    expect(collapsed.getAttribute('aria-expanded')).toBe('false');
    expect(editor.view.dom.querySelector<HTMLElement>('.inkwell-quote-host')?.hidden).toBe(true);
    // Collapsing is display only: the quote is still sent.
    expect(editor.getHTML()).toContain('<p>Old</p>');
  });

  it('can be removed or turned into editable text', () => {
    editor = createTestEditor('<p>Reply</p>').editor;
    editor.commands.setQuotedOriginal('<p>Old <b>bold</b></p>');
    expect(editor.commands.quoteToEditableText()).toBe(true);
    expect(editor.getHTML()).toBe(
      '<p dir="auto">Reply</p><blockquote dir="auto"><p dir="auto">Old <strong>bold</strong></p></blockquote>',
    );

    editor.commands.setQuotedOriginal('<p>Another</p>');
    quoteButton(editor, 'Remove quoted text').click();
    expect(editor.getHTML()).not.toContain('data-inkwell-quote');
    expect(editor.commands.removeQuotedOriginal()).toBe(false);
  });

  it('replaces an earlier quote instead of adding a second one, and survives a setContent round trip', () => {
    editor = createTestEditor('<p>Reply</p>').editor;
    editor.commands.setQuotedOriginal('<p>First</p>');
    editor.commands.setQuotedOriginal(ORIGINAL);
    const html = editor.getHTML();
    expect(html.match(/data-inkwell-quote/g)).toHaveLength(1);
    editor.commands.setContent(html);
    expect(editor.getHTML()).toBe(html);
  });
});
