// A click on the body's empty space below the text (the editor's own padding, no block under the pointer) would put
// the caret at the nearest spot: after the signature (a gap cursor, so the text went below it) or at its end (so it
// counted as signature: the send checks skipped it and changing the sender replaced it). Such a click writes at the
// end of the user's own part, above the signature and the quote; or, for someone who writes below the quote
// (bottom-posting), at the end of what they wrote there.
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, Selection, TextSelection } from '@tiptap/pm/state';

const APART = new Set(['signature', 'quotedOriginal']);

/** Where the user's own part ends: at the first top-level signature or quote. */
function userPartEnd(doc: PMNode): number | undefined {
  let end: number | undefined;
  doc.forEach((node, offset) => {
    if (end === undefined && APART.has(node.type.name)) end = offset;
  });
  return end;
}

/** Whether the user wrote below the last signature or quote: a block there that is not empty. */
function wroteBelow(doc: PMNode): boolean {
  let below = false;
  doc.forEach((node) => {
    if (APART.has(node.type.name)) below = false;
    else if (node.content.size > 0) below = true;
  });
  return below;
}

export function blankClickPlugin(): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        // On mousedown, before the browser or the gap cursor places the caret (a first click also focuses).
        mousedown(view, event) {
          if (event.target !== view.dom || event.button !== 0 || event.shiftKey) return false;
          const { doc, tr, schema } = view.state;
          const end = userPartEnd(doc);
          const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          if (end === undefined || pos === undefined || pos < end) return false;
          event.preventDefault();
          const before = Selection.findFrom(doc.resolve(wroteBelow(doc) ? doc.content.size : end), -1, true);
          if (before) tr.setSelection(before);
          else {
            // Nothing of the user's above (all of it deleted): a new line to write on.
            tr.insert(end, schema.nodes.paragraph!.create());
            tr.setSelection(TextSelection.create(tr.doc, end + 1));
          }
          view.dispatch(tr.scrollIntoView());
          view.focus();
          return true;
        },
      },
    },
  });
}
