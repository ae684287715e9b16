// Creates the composer's Tiptap editor: the extension set, the initial content (body, signature, quote, all
// sanitized on the way in), an accessible name, and onChange with the serialized message.
import { loadBodyPlainText, type SanitizedMailHtml } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ComposerExtensionsOptions } from './createComposerExtensions';
import { createComposerExtensions } from './createComposerExtensions';
import { createChangeEmitter } from './change/createChangeEmitter';
import { createChangeFilter, type ChangeFilter } from './change/createChangeFilter';
import { useTiptapEditor } from './react/useTiptapEditor';
import { prepareQuoteHtml } from './quoted-original/prepareQuoteHtml';
import { composerSanitizerLoaded, loadComposerSanitizer } from './sanitize/composerSanitizer';
import { splitTrailingQuote } from './quoted-original/splitTrailingQuote';
import { serializeComposer } from './serialize/serializeComposer';
import type { SerializedComposer } from './serialize/types';

export interface UseComposerEditorOptions extends Omit<ComposerExtensionsOptions, 'senderDomain'> {
  senderDomain: string;
  /** Body HTML to start from (a reopened draft). May already hold a signature and a quote. */
  initialHtml?: string;
  /** The original message's HTML for a reply or forward; shown isolated, sent inside a cite blockquote. A result of
   * `sanitizeMailHtml` (e.g. built while the session loads) is taken without sanitizing it again. */
  quotedHtml?: string | SanitizedMailHtml;
  /** The sender's signature; changing it replaces the signature block only. */
  signatureHtml?: string;
  onChange?: (serialized: SerializedComposer) => void;
  /** Accessible name of the text area. */
  ariaLabel: string;
  editable?: boolean;
}

interface StartingContent {
  /** The HTML the editor starts from, without a quote that ends it. */
  html: string;
  /** The quote, appended as its node after the editor is created. */
  quote?: string | SanitizedMailHtml;
}

function startingContent({ initialHtml, signatureHtml, quotedHtml }: UseComposerEditorOptions): StartingContent {
  const given = initialHtml?.trim() ? initialHtml : '<p></p>';
  // A quote that ends the body becomes the quote node directly; one elsewhere stays in the body.
  const split = given.includes('data-inkwell-quote') ? splitTrailingQuote(given) : undefined;
  const body = split ? split.before || '<p></p>' : given;
  const quotedText = typeof quotedHtml === 'string' ? quotedHtml : quotedHtml?.html;
  const quote = split ? split.quote : quotedText && !given.includes('data-inkwell-quote') ? quotedHtml : undefined;
  const signature =
    signatureHtml && !body.includes('data-inkwell-signature')
      ? `<div data-inkwell-signature>${signatureHtml}</div>`
      : '';
  // An empty paragraph after the signature would be odd; the body paragraph comes first so the caret starts there.
  // In a reply whose quote is still in the body, the signature goes above the quote, as mail programs do.
  const quoteAt = signature ? body.search(/<blockquote[^>]*data-inkwell-quote/) : -1;
  const html = quoteAt > 0 ? body.slice(0, quoteAt) + signature + body.slice(quoteAt) : body + signature;
  return quote ? { html, quote } : { html };
}

/**
 * Appends the quote as its node, built directly: its HTML is sanitized once (prepareQuoteHtml) and never parsed by
 * ProseMirror (a 1 MB quote in the content string was sanitized with the body, parsed into a DOM, serialized back
 * into the attribute, then sanitized again to render). Not an undo step and not a change of the message.
 */
function appendQuote(editor: Editor, quotedHtml: string | SanitizedMailHtml): void {
  const type = editor.schema.nodes.quotedOriginal;
  if (!type) return;
  const node = type.create({ html: prepareQuoteHtml(editor, quotedHtml) });
  const { tr } = editor.state;
  tr.insert(tr.doc.content.size, node).setMeta('addToHistory', false).setMeta('preventUpdate', true);
  editor.view.dispatch(tr);
}

export function useComposerEditor(options: UseComposerEditorOptions): Editor {
  const { senderDomain, onChange, ariaLabel, signatureHtml, editable = true } = options;
  const latest = useRef({ senderDomain, onChange });
  latest.current = { senderDomain, onChange };

  // Created once: the editor keeps its schema and plugins for its whole life; later option changes that matter
  // (sender domain, signature, editable) are applied without rebuilding it.
  const [extensions] = useState(() =>
    createComposerExtensions({
      ...options,
      // Read at upload time: the sender (and its domain) can change while composing.
      senderDomain: () => latest.current.senderDomain,
    }),
  );
  const [start] = useState(() => startingContent(options));
  const editorProps = useMemo(
    () => ({
      attributes: { 'aria-label': ariaLabel, 'aria-multiline': 'true', role: 'textbox', class: 'inkwell-prosemirror' },
    }),
    [ariaLabel],
  );

  // The serialized message is reported after the keystroke paints (see createChangeEmitter); blur and unmount flush.
  // Only real changes are reported: the filter's baseline is the content the editor starts with.
  const editorRef = useRef<Editor | null>(null);
  const filterRef = useRef<ChangeFilter | null>(null);
  const [changes] = useState(() =>
    createChangeEmitter(() => {
      const current = editorRef.current;
      if (!current || current.isDestroyed) return;
      const serialized = serializeComposer(current);
      if (filterRef.current?.changed(serialized) === false) return;
      latest.current.onChange?.(serialized);
    }),
  );
  useEffect(() => () => changes.flush(), [changes]);
  // A tab closed right after a key: report it before the page goes, ahead of the session's own page-hide handler
  // (capture listeners on window run first), so the session's synchronous fallback holds the last character.
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const flush = () => changes.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') changes.flush();
    };
    window.addEventListener('pagehide', flush, { capture: true });
    document.addEventListener('visibilitychange', onVisibility, { capture: true });
    return () => {
      window.removeEventListener('pagehide', flush, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility, { capture: true });
    };
  }, [changes]);

  // The toolbar and node views subscribe to what they need; nothing re-renders on every keystroke.
  const editor = useTiptapEditor({
    extensions,
    content: start.html,
    editable,
    editorProps,
    onUpdate: () => changes.schedule(),
    onBlur: () => changes.flush(),
  });

  // The plain-text converter (the text part of every save, the quote in plain-text mode) loads beside the editor.
  useEffect(() => {
    loadBodyPlainText().catch(() => undefined);
  }, []);

  const appliedSignature = useRef(signatureHtml);
  useEffect(() => {
    if (appliedSignature.current === signatureHtml) return;
    appliedSignature.current = signatureHtml;
    const apply = () => {
      // A later signature (the sender changed again while the sanitizer loaded) wins.
      if (!editor.isDestroyed && appliedSignature.current === signatureHtml)
        editor.commands.setSignature(signatureHtml ?? '');
    };
    if (composerSanitizerLoaded() || !signatureHtml?.trim()) apply();
    // If it cannot load, the signature is not added: the message itself is untouched.
    else loadComposerSanitizer().then(apply, () => undefined);
  }, [editor, signatureHtml]);

  // Once per editor instance (a Strict Mode remount builds a new one), before the change filter's baseline.
  const quotedFor = useRef<Editor | null>(null);
  if (quotedFor.current !== editor) {
    quotedFor.current = editor;
    if (start.quote && !editor.isDestroyed) appendQuote(editor, start.quote);
  }

  editorRef.current = editor;
  filterRef.current ??= createChangeFilter(serializeComposer(editor));

  useEffect(() => {
    // Turning read-only (while sending) or back is not a change of the message.
    editor.setEditable(editable, false);
  }, [editor, editable]);

  return editor;
}
