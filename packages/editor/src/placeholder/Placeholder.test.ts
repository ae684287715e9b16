import { Editor } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { afterEach, describe, expect, it } from 'vitest';
import { Placeholder } from './Placeholder';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function create(content: string, placeholder = 'Write your message') {
  editor = new Editor({ extensions: [Document, Paragraph, Text, Placeholder.configure({ placeholder })], content });
  return editor;
}

const shown = (e: Editor) => e.view.dom.querySelector('p.is-editor-empty[data-placeholder]');

describe('Placeholder', () => {
  it('shows the text in an empty message, and not once something is typed', () => {
    const e = create('<p></p>');
    expect(shown(e)?.getAttribute('data-placeholder')).toBe('Write your message');
    e.commands.insertContent('H');
    expect(shown(e)).toBeNull();
    e.commands.clearContent();
    expect(shown(e)?.getAttribute('data-placeholder')).toBe('Write your message');
  });

  it('is not shown when the message has more than one paragraph, even empty ones', () => {
    const e = create('<p></p><p></p>');
    expect(shown(e)).toBeNull();
  });

  it('is not shown while the editor is read-only, nor without a text', () => {
    const e = create('<p></p>');
    e.setEditable(false);
    expect(shown(e)).toBeNull();
    e.setEditable(true);
    expect(shown(e)).not.toBeNull();
    expect(shown(create('<p></p>', ''))).toBeNull();
  });

  it('is not part of the message', () => {
    expect(create('<p></p>').getHTML()).toBe('<p></p>');
  });
});
