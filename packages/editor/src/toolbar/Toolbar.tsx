// The formatting toolbar: role="toolbar" with roving tabindex, aria-pressed toggles, shortcuts in titles and
// aria-keyshortcuts. It re-renders through a useEditorState selector, not on every transaction.
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { insertImageFiles } from '../inline-image/insertImageFiles';
import { canRestoreRichText } from '../plain-text/canRestoreRichText';
import { LinkEditor } from './LinkEditor';
import { PlainTextConfirm } from './PlainTextConfirm';
import { FORMAT_ITEMS, HISTORY_ITEMS } from './toolbarItems';
import type { ToolbarItem } from './toolbarItems';
import { ToolbarButton } from './ToolbarButton';
import { useRovingTabIndex } from './useRovingTabIndex';
import { useToolbarState } from './useToolbarState';

export interface ToolbarProps {
  editor: Editor;
  /** Accessible name of the toolbar. @default "Formatting" */
  ariaLabel?: string;
}

const ITEM_COUNT = FORMAT_ITEMS.length + 2 + HISTORY_ITEMS.length + 1;

export function Toolbar({ editor, ariaLabel = 'Formatting' }: ToolbarProps) {
  const state = useToolbarState(editor);
  const roving = useRovingTabIndex(ITEM_COUNT);
  const [linkOpen, setLinkOpen] = useState(false);
  const [confirm, setConfirm] = useState<'plain' | 'rich' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Mod-K opens the link form from inside the text, as in most mail clients.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (!editor.storage.plainTextMode?.enabled) setLinkOpen(true);
      }
    };
    const dom = editor.view.dom;
    dom.addEventListener('keydown', onKeyDown);
    return () => dom.removeEventListener('keydown', onKeyDown);
  }, [editor]);

  const togglePlainText = () => {
    if (!state.plainText) setConfirm('plain');
    else if (canRestoreRichText(editor)) editor.chain().focus().setRichTextMode().run();
    else setConfirm('rich');
  };

  let index = 0;
  const next = () => roving.getItemProps(index++);
  const disabledRich = () => state.plainText || !state.editable;
  const insertItems: ToolbarItem[] = [
    {
      id: 'link',
      label: state.link ? 'Edit link' : 'Link',
      glyph: 'Link',
      shortcut: 'Mod-k',
      pressed: () => state.link,
      disabled: disabledRich,
      run: () => setLinkOpen(true),
    },
    {
      id: 'image',
      label: 'Insert image',
      glyph: 'Image',
      disabled: disabledRich,
      run: () => fileInput.current?.click(),
    },
  ];

  return (
    <div className="inkwell-toolbar-area">
      <div
        role="toolbar"
        aria-label={ariaLabel}
        aria-orientation="horizontal"
        className="inkwell-toolbar"
        onKeyDown={roving.onKeyDown}
      >
        {[...FORMAT_ITEMS, ...insertItems, ...HISTORY_ITEMS].map((item) => (
          <ToolbarButton
            key={item.id}
            editor={editor}
            label={item.label}
            glyph={item.glyph}
            shortcut={item.shortcut}
            pressed={item.pressed?.(state)}
            disabled={item.disabled?.(state)}
            roving={next()}
            onClick={item.run}
          />
        ))}
        <ToolbarButton
          editor={editor}
          label="Plain text"
          glyph="Aa"
          pressed={state.plainText}
          disabled={!state.editable}
          roving={next()}
          onClick={togglePlainText}
        />
      </div>
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        multiple
        hidden
        aria-label="Choose images to insert"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void insertImageFiles(editor, files);
        }}
      />
      {linkOpen ? <LinkEditor editor={editor} initialHref={state.linkHref} onClose={() => setLinkOpen(false)} /> : null}
      {confirm ? (
        <PlainTextConfirm
          toPlain={confirm === 'plain'}
          onCancel={() => {
            setConfirm(null);
            editor.commands.focus();
          }}
          onConfirm={() => {
            setConfirm(null);
            if (confirm === 'plain') editor.chain().focus().setPlainTextMode().run();
            else editor.chain().focus().setRichTextMode().run();
          }}
        />
      ) : null}
    </div>
  );
}
