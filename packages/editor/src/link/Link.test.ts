// The mark itself, in an editor with nothing else (no sanitizer before it): what HTML it takes, what it writes, and
// its commands.
import { Editor } from '@tiptap/core';
import type { Content } from '@tiptap/core';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { afterEach, describe, expect, it } from 'vitest';
import { Link } from './Link';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function linkEditor(content: Content): Editor {
  editor = new Editor({ content, extensions: [Document, Paragraph, Text, Bold, Link] });
  return editor;
}

const linkedA = (href: string): Content => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href } }] }] }],
});

describe('Link', () => {
  it.each(['https://a.example/x?y=1', 'http://a.example', 'mailto:ann@example.com', 'tel:+4930123', 'cid:logo@x'])(
    'takes <a href="%s"> as a link, written with target and rel',
    (href) => {
      expect(linkEditor(`<p><a href="${href}">a</a></p>`).getHTML()).toBe(
        `<p><a target="_blank" rel="noopener noreferrer" href="${href}">a</a></p>`,
      );
    },
  );

  it.each(['/relative', '#top', 'www.example.com', 'ftp://f.example', 'xmpp:ann@example.com'])(
    'takes %s as a link',
    (href) => {
      expect(linkEditor(`<p><a href="${href}">a</a></p>`).getHTML()).toContain(`href="${href}"`);
    },
  );

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)'])(
    'takes <a href="%s"> as text',
    (href) => {
      expect(linkEditor(`<p><a href="${href}">a</a> b</p>`).getHTML()).toBe('<p>a b</p>');
    },
  );

  it.each(['vbscript:msgbox(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'foo:bar'])(
    'takes <a href="%s"> as text',
    (href) => {
      expect(linkEditor(`<p><a href="${href.replace(/</g, '&lt;')}">a</a></p>`).getHTML()).toBe('<p>a</p>');
    },
  );

  it('takes <a> without href as text', () => {
    expect(linkEditor('<p><a name="x">a</a></p>').getHTML()).toBe('<p>a</p>');
  });

  it('keeps the target, rel, class and title a link comes with, and adds no class of its own', () => {
    const html =
      '<p><a target="_self" rel="nofollow" class="MsoHyperlink" href="https://a.example" title="Tip">a</a></p>';
    expect(linkEditor(html).getHTML()).toBe(html);
    editor?.commands.setTextSelection({ from: 1, to: 2 });
    expect(editor?.getAttributes('link')).toEqual({
      href: 'https://a.example',
      target: '_self',
      rel: 'nofollow',
      class: 'MsoHyperlink',
      title: 'Tip',
    });
  });

  it('wraps other marks, as the outermost mark', () => {
    expect(linkEditor('<p><strong><a href="https://a.example">a</a></strong></p>').getHTML()).toBe(
      '<p><a target="_blank" rel="noopener noreferrer" href="https://a.example"><strong>a</strong></a></p>',
    );
  });

  it('writes an empty href for a link that may not be one, given as JSON', () => {
    expect(linkEditor(linkedA('javascript:alert(1)')).getHTML()).toBe(
      '<p><a target="_blank" rel="noopener noreferrer" href="">a</a></p>',
    );
    expect(linkEditor(linkedA('data:text/html,x')).getHTML()).toContain('href=""');
  });

  it('setLink links the selection, and refuses a href that may not be a link', () => {
    const current = linkEditor('<p>see the wiki</p>');
    current.commands.setTextSelection({ from: 9, to: 13 });
    expect(current.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(current.getHTML()).toBe('<p>see the wiki</p>');
    expect(current.commands.setLink({ href: 'https://wiki.example.com' })).toBe(true);
    expect(current.getHTML()).toBe(
      '<p>see the <a target="_blank" rel="noopener noreferrer" href="https://wiki.example.com">wiki</a></p>',
    );
    expect(current.isActive('link')).toBe(true);
  });

  it('toggleLink links a selection, unlinks the whole link the cursor is in, and refuses javascript:', () => {
    const current = linkEditor('<p>see the wiki</p>');
    current.commands.setTextSelection({ from: 9, to: 13 });
    expect(current.commands.toggleLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(current.commands.toggleLink({ href: 'https://wiki.example.com' })).toBe(true);
    expect(current.getAttributes('link').href).toBe('https://wiki.example.com');
    current.commands.setTextSelection(11);
    expect(current.commands.toggleLink()).toBe(true);
    expect(current.getHTML()).toBe('<p>see the wiki</p>');
  });

  it('unsetLink removes the whole link the cursor is in', () => {
    const current = linkEditor('<p>see <a href="https://a.example">the wiki</a> now</p>');
    current.commands.setTextSelection(8);
    expect(current.commands.unsetLink()).toBe(true);
    expect(current.getHTML()).toBe('<p>see the wiki now</p>');
  });

  it('does not carry a link into text typed after it, nor into a new paragraph', () => {
    const current = linkEditor('<p>see <a href="https://a.example">wiki</a></p>');
    current.commands.setTextSelection(9);
    current.view.dispatch(current.state.tr.insertText('!'));
    expect(current.getHTML()).toMatch(/>wiki<\/a>!<\/p>$/);
    current.commands.setTextSelection(7);
    current.commands.splitBlock();
    current.view.dispatch(current.state.tr.insertText('Z'));
    expect(current.getHTML()).toMatch(/>wi<\/a><\/p><p>Z<a [^>]+>ki<\/a>!<\/p>$/);
  });
});
