// The formatting toolbar: role="toolbar" with roving tabindex, aria-pressed toggles, icons with tooltips that show
// the shortcut, and aria-keyshortcuts. Items that do not fit move into a "More formatting" menu instead of wrapping.
// It re-renders through an editor selector, not on every transaction.
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { editorExtras } from '../extras/loadEditorExtras';
import { useLazyModule } from '../lazy/useLazyModule';
import { insertImageFiles } from '../inline-image/insertImageFiles';
import { useEditorMessages } from '../messages/EditorMessagesContext';
import { canRestoreRichText } from '../plain-text/canRestoreRichText';
import { fitToolbarItems } from './fitToolbarItems';
import { OverflowMenu } from './OverflowMenu';
import { TOOLBAR_ICONS } from './toolbarIcons';
import { FORMAT_ITEMS, HISTORY_ITEMS } from './toolbarItems';
import type { ToolbarItem } from './toolbarItems';
import { ToolbarButton } from './ToolbarButton';
import { useAvailableWidth } from './useAvailableWidth';
import { useRovingTabIndex } from './useRovingTabIndex';
import { useToolbarState } from './useToolbarState';

export interface ToolbarProps {
  editor: Editor;
  /** Accessible name of the toolbar. @default the `toolbar` message, "Formatting" */
  ariaLabel?: string;
}

export function Toolbar({ editor, ariaLabel }: ToolbarProps) {
  const t = useEditorMessages();
  // The link form and the plain-text confirmation are on-demand parts, loaded with the editor.
  const { value: extras, failed: extrasFailed, retry: retryExtras } = useLazyModule(editorExtras);
  const state = useToolbarState(editor);
  const [linkOpen, setLinkOpen] = useState(false);
  const [confirm, setConfirm] = useState<'plain' | 'rich' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const width = useAvailableWidth(bar);

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
    // Without the on-demand parts (still loading, or failed) the switch waits behind the confirmation, which says so.
    if (!state.plainText || !extras) setConfirm(state.plainText ? 'rich' : 'plain');
    else if (canRestoreRichText(editor)) editor.chain().focus().setRichTextMode().run();
    else setConfirm('rich');
  };

  const disabledRich = () => state.plainText || !state.editable;
  const insertItems: ToolbarItem[] = [
    {
      id: 'link',
      group: 'insert',
      shortcut: 'Mod-k',
      pressed: () => state.link,
      disabled: disabledRich,
      run: () => setLinkOpen(true),
    },
    { id: 'image', group: 'insert', disabled: disabledRich, run: () => fileInput.current?.click() },
  ];
  const modeItem: ToolbarItem = {
    id: 'plainText',
    group: 'mode',
    pressed: () => state.plainText,
    disabled: () => !state.editable,
    run: togglePlainText,
  };
  const items = [...FORMAT_ITEMS, ...insertItems, ...HISTORY_ITEMS, modeItem];
  const hidden = fitToolbarItems(items, width);
  const shown = items.filter((item) => !hidden.has(item.id));
  const overflow = items.filter((item) => hidden.has(item.id));
  const roving = useRovingTabIndex(shown.length + (overflow.length ? 1 : 0));
  const labelOf = (item: ToolbarItem) => (item.id === 'link' && state.link ? t.editLink : t[item.id]);

  return (
    <div className="inkwell-toolbar-area">
      <div
        ref={bar}
        role="toolbar"
        aria-label={ariaLabel ?? t.toolbar}
        aria-orientation="horizontal"
        className="inkwell-toolbar"
        data-overflow={overflow.length ? 'some' : 'none'}
        onKeyDown={roving.onKeyDown}
      >
        {shown.map((item, index) => (
          <ToolbarButton
            key={item.id}
            editor={editor}
            label={labelOf(item)}
            icon={TOOLBAR_ICONS[item.id]!}
            shortcut={item.shortcut}
            pressed={item.pressed?.(state)}
            disabled={item.disabled?.(state)}
            groupStart={index > 0 && shown[index - 1]!.group !== item.group}
            roving={roving.getItemProps(index)}
            onClick={item.run}
          />
        ))}
        {overflow.length ? (
          <OverflowMenu
            editor={editor}
            label={t.moreFormatting}
            roving={roving.getItemProps(shown.length)}
            entries={overflow.map((item) => ({
              id: item.id,
              label: labelOf(item),
              icon: TOOLBAR_ICONS[item.id]!,
              pressed: item.pressed?.(state),
              disabled: item.disabled?.(state),
              run: item.run,
            }))}
          />
        ) : null}
      </div>
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        multiple
        hidden
        aria-label={t.chooseImages}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void insertImageFiles(editor, files);
        }}
      />
      {linkOpen && extras ? (
        <extras.LinkEditor editor={editor} initialHref={state.linkHref} onClose={() => setLinkOpen(false)} />
      ) : null}
      {confirm && extras ? (
        <extras.PlainTextConfirm
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
      {(linkOpen || confirm) && extrasFailed ? (
        <div role="alert" className="inkwell-toolbar-error">
          {t.loadFailed}{' '}
          <button type="button" onClick={retryExtras}>
            {t.retryLoad}
          </button>
        </div>
      ) : null}
    </div>
  );
}
