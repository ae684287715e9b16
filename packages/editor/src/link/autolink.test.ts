// Typed URLs become links when their word ends, in the composer (linkifyjs is preloaded by the test setup).
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../test-utils/createTestEditor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** Types one character at a time, as autolink sees typing. */
function type(current: Editor, text: string): void {
  for (const ch of text) current.view.dispatch(current.state.tr.insertText(ch));
}

function typed(text: string): Editor {
  editor = createTestEditor('<p>x</p>').editor;
  editor.commands.setTextSelection(2);
  type(editor, text);
  return editor;
}

const link = (href: string, text = href) => `<a target="_blank" rel="noopener noreferrer" href="${href}">${text}</a>`;

describe('autolink', () => {
  it('links a typed URL once its word ends, not before', () => {
    const current = typed(' https://x.example/a?b=1');
    expect(current.getHTML()).not.toContain('<a ');
    type(current, ' ');
    expect(current.getHTML()).toBe(`<p dir="auto">x ${link('https://x.example/a?b=1')} </p>`);
  });

  it('links it when Enter ends the word', () => {
    const current = typed(' https://x.example');
    current.commands.splitBlock();
    type(current, 'next');
    expect(current.getHTML()).toBe(`<p dir="auto">x ${link('https://x.example')}</p><p dir="auto">next</p>`);
  });

  it('links www. and bare domains to https://', () => {
    expect(typed(' www.example.com ').getHTML()).toContain(link('https://www.example.com', 'www.example.com'));
    editor?.destroy();
    expect(typed(' example.com ').getHTML()).toContain(link('https://example.com', 'example.com'));
  });

  it('links an e-mail address to mailto:', () => {
    expect(typed(' ann@example.com ').getHTML()).toContain(link('mailto:ann@example.com', 'ann@example.com'));
  });

  it('links a URL in parentheses without them, and not a word that only starts with one', () => {
    expect(typed(' (example.com) ').getHTML()).toContain(`(${link('https://example.com', 'example.com')}) `);
    editor?.destroy();
    expect(typed(' example.com1 example.com, ').getHTML()).toBe('<p dir="auto">x example.com1 example.com, </p>');
  });

  it('leaves words, IP addresses, hosts without a dot and javascript: as text', () => {
    expect(typed(' hello 10.0.0.1 localhost javascript:alert(1) ').getHTML()).not.toContain('<a ');
  });

  it('does not make text typed right after a link part of it', () => {
    const current = typed(' https://x.example ');
    current.commands.setTextSelection(current.state.doc.content.size - 2);
    type(current, 'more');
    expect(current.getHTML()).toBe(`<p dir="auto">x ${link('https://x.example')}more </p>`);
  });

  it('keeps the address of a word already linked when the word ends', () => {
    const current = typed(' example.com');
    current.commands.setTextSelection({ from: 3, to: 14 });
    current.commands.setLink({ href: 'https://elsewhere.example' });
    current.commands.setTextSelection(14);
    type(current, ' ');
    expect(current.getHTML()).toContain(link('https://elsewhere.example', 'example.com'));
  });

  it('undoes the link with the typing', () => {
    const current = typed(' https://x.example ');
    expect(current.getHTML()).toContain('<a ');
    current.commands.undo();
    expect(current.getHTML()).toBe('<p dir="auto">x</p>');
  });
});
