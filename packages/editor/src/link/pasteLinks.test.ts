// Pasted URLs: over a selection they link it; in pasted text they become links (linkifyjs is preloaded by the
// test setup).
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../test-utils/createTestEditor';
import { pasteInto } from '../test-utils/pasteInto';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const link = (href: string, text = href) => `<a target="_blank" rel="noopener noreferrer" href="${href}">${text}</a>`;

/** "hello there world" with "there" selected. */
function withThereSelected(): Editor {
  editor = createTestEditor('<p>hello there world</p>').editor;
  editor.commands.setTextSelection({ from: 7, to: 12 });
  return editor;
}

describe('pasting links', () => {
  it('links the selected words to a URL pasted over them', () => {
    const current = withThereSelected();
    pasteInto(current, { text: 'https://x.example/page' });
    expect(current.getHTML()).toBe(`<p dir="auto">hello ${link('https://x.example/page', 'there')} world</p>`);
  });

  it('links the selection to a URL pasted as HTML too', () => {
    const current = withThereSelected();
    pasteInto(current, { html: '<span>https://x.example</span>', text: 'https://x.example' });
    expect(current.getHTML()).toBe(`<p dir="auto">hello ${link('https://x.example', 'there')} world</p>`);
  });

  it('replaces the selection with pasted text that is more than a URL, linking the URL in it', () => {
    const current = withThereSelected();
    pasteInto(current, { text: 'https://x.example and more' });
    expect(current.getHTML()).toBe(`<p dir="auto">hello ${link('https://x.example')} and more world</p>`);
  });

  it.each(['javascript:alert(1)', 'localhost'])('does not link the selection to %s: it replaces it', (text) => {
    const current = withThereSelected();
    pasteInto(current, { text });
    expect(current.getHTML()).toBe(`<p dir="auto">hello ${text} world</p>`);
  });

  it('links the URLs and e-mail addresses in pasted plain text', () => {
    editor = createTestEditor().editor;
    pasteInto(editor, { text: 'See https://a.example/x, example.org or ann@example.com.' });
    expect(editor.getHTML()).toBe(
      `<p dir="auto">See ${link('https://a.example/x')}, ${link('https://example.org', 'example.org')} or ` +
        `${link('mailto:ann@example.com', 'ann@example.com')}.</p>`,
    );
  });

  it('leaves IP addresses and hosts without a dot in pasted text as text', () => {
    editor = createTestEditor().editor;
    pasteInto(editor, { text: 'Try http://10.0.0.1/a, 10.0.0.2 or localhost:8080' });
    expect(editor.getHTML()).toBe(`<p dir="auto">Try ${link('http://10.0.0.1/a')}, 10.0.0.2 or localhost:8080</p>`);
  });

  it('inserts a URL pasted with nothing selected as a link to itself', () => {
    editor = createTestEditor('<p>hello world</p>').editor;
    editor.commands.setTextSelection(7);
    pasteInto(editor, { text: 'https://x.example ' });
    expect(editor.getHTML()).toBe(`<p dir="auto">hello ${link('https://x.example')} world</p>`);
  });
});
