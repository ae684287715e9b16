// Pasting a URL (and nothing else) over selected text links the selection to it instead of replacing it, as Tiptap
// Link's linkOnPaste does. Before linkifyjs has loaded the paste goes through as usual.
import type { Editor } from '@tiptap/core';
import type { MarkType } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { linkifyLoaded } from './loadLinkify';
import { shouldAutoLink } from './shouldAutoLink';

export function pasteLinkOverSelection({
  editor,
  type,
  defaultProtocol,
}: {
  editor: Editor;
  type: MarkType;
  defaultProtocol: string;
}): Plugin {
  return new Plugin({
    key: new PluginKey('handlePasteLink'),
    props: {
      handlePaste: (view, _event, slice) => {
        const linkify = linkifyLoaded();
        if (!linkify || view.state.selection.empty) return false;
        let text = '';
        slice.content.forEach((node) => {
          text += node.textContent;
        });
        if (!text) return false;
        const link = linkify.find(text, { defaultProtocol }).find((item) => item.isLink && item.value === text);
        if (!link || !shouldAutoLink(link.value)) return false;
        return editor.commands.setMark(type, { href: link.href });
      },
    },
  });
}
