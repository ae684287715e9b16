// A paste or drop of HTML that comes before the sanitizer is loaded: taken from the browser, held while the sanitizer
// loads, then pasted through the usual path (PasteCleanup, SafeContent) where the caret is then, or at the drop
// point. If the sanitizer cannot load (offline since the page loaded), its plain text is pasted: nothing is lost.
import type { EditorView } from '@tiptap/pm/view';
import { TextSelection } from '@tiptap/pm/state';
import { composerSanitizerLoaded, loadComposerSanitizer } from './composerSanitizer';

function dropPosition(view: EditorView, event: Event): number | undefined {
  if (event.type !== 'drop') return undefined;
  const { clientX, clientY } = event as MouseEvent;
  return view.posAtCoords({ left: clientX, top: clientY })?.pos;
}

/** Returns true when it took the transfer (the browser's default and ProseMirror's own handling are then skipped). */
export function holdHtmlTransfer(view: EditorView, event: Event, data: DataTransfer | null): boolean {
  if (composerSanitizerLoaded() || !data) return false;
  const html = data.getData('text/html');
  // Files (a pasted or dropped image) are the image handlers'; text alone needs no sanitizer.
  if (!html || data.files.length > 0) return false;
  // The transfer's data is readable only while its event runs.
  const text = data.getData('text/plain');
  const at = dropPosition(view, event);
  event.preventDefault();
  const paste = (pasteAs: (view: EditorView) => void) => {
    if (view.isDestroyed) return;
    if (at !== undefined) {
      const pos = Math.min(at, view.state.doc.content.size);
      view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))));
    }
    pasteAs(view);
  };
  void loadComposerSanitizer().then(
    () => paste((v) => v.pasteHTML(html)),
    () => paste((v) => text && v.pasteText(text)),
  );
  return true;
}
