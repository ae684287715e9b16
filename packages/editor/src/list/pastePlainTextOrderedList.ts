// Plain text pasted without HTML that is a numbered list ("1. a\n2. b", "a) x\nb) y") becomes an ordered list, as
// Tiptap's OrderedList does it, once its parser has loaded; before that the text is pasted as it is.
import { Plugin } from '@tiptap/pm/state';
import { orderedListPasteParserLoaded } from './loadOrderedListPasteParser';

export function pastePlainTextOrderedList(): Plugin {
  return new Plugin({
    props: {
      handlePaste(view, event) {
        const parse = orderedListPasteParserLoaded();
        const data = event.clipboardData;
        const text = data?.getData('text/plain');
        if (!parse || data?.getData('text/html')?.trim() || !text) return false;
        const list = parse(text);
        if (!list) return false;
        try {
          view.dispatch(view.state.tr.replaceSelectionWith(view.state.schema.nodeFromJSON(list)));
          return true;
        } catch {
          return false;
        }
      },
    },
  });
}
