import { hostileCorpus } from '@inkwell/compose-core/testing';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../test-utils/createTestEditor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('SafeContent', () => {
  it.each(hostileCorpus.map((c) => [c.name, c.html] as const))(
    'leaves nothing active from "%s" in the editor DOM or the HTML',
    (_name, html) => {
      editor = createTestEditor(html).editor;
      editor.commands.insertContent(html);
      editor.commands.setQuotedOriginal(html);
      const out = editor.getHTML().toLowerCase();
      expect(out).not.toMatch(/<script|<iframe|<object|<embed|<svg|<form|<meta|<link|<base/);
      expect(out).not.toMatch(/\son[a-z]+\s*=/);
      expect(out).not.toMatch(/javascript:|vbscript:|data:text\/html/);
      const dom = editor.view.dom;
      expect(dom.querySelector('script, iframe, object, embed, form')).toBeNull();
      expect([...dom.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(
        false,
      );
    },
  );

  it('gives links rel="noopener noreferrer"', () => {
    editor = createTestEditor('<p><a href="https://example.org" rel="opener">x</a></p>').editor;
    expect(editor.getHTML()).toBe(
      '<p dir="auto"><a target="_blank" rel="noopener noreferrer" href="https://example.org">x</a></p>',
    );
  });
});
