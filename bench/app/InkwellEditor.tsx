// Our composer, `Composer` from @inkwell/editor, with the quote passed as `quotedHtml` (one atom node rendered in a
// shadow root). Read off the package namespace as possibly missing, so this page still builds — and reports "not
// available" — from a checkout where the editor package does not export `Composer` yet.
import * as editorPackage from '@inkwell/editor';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { isEditable } from '../../packages/compose-core/src/index';
import { sanitizeMailHtml } from '../../packages/compose-core/src/sanitize';
import { createBenchSession } from './createBenchSession';
import type { AttachmentQueue } from '../../packages/compose-core/src/attachment-queue-types';

const editorExports: Partial<typeof editorPackage> = editorPackage;
export const Composer = editorExports.Composer;
/** The composer's on-demand sanitizer chunk (absent from checkouts before it was one). */
export const loadComposerSanitizer = editorExports.loadComposerSanitizer;
const serializeComposer = editorExports.serializeComposer;

/** Kept so the serialization cannot be optimized away. */
export let lastBodyBytes = 0;
/** Kept so the pre-send checks cannot be optimized away. */
export let lastCheckCount = 0;

export interface InkwellEditorProps {
  queue: AttachmentQueue;
  quotedHtml: string | undefined;
  /** Receives a reader of the HTML the composer would send (`serializeComposer(editor).bodyHtml`). */
  onHtml(read: () => string): void;
}

export function InkwellEditor({ queue, quotedHtml, onHtml }: InkwellEditorProps) {
  const [session] = useState(createBenchSession);
  // As a reply page does: the quote is sanitized (once, by compose-core, as the reply prefill does) while the session
  // checks its journal, and handed to the composer as the sanitizer's result, which it does not sanitize again. Both
  // are inside the mount clock.
  const [quote] = useState(() =>
    quotedHtml === undefined ? undefined : sanitizeMailHtml(quotedHtml, { allowRemoteImages: true, keepDom: true }),
  );
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Loaded before the clock (main.tsx), as a reply's window loads it beside its reads: this finds it at once.
    const sanitizer = quotedHtml === undefined ? undefined : loadComposerSanitizer?.();
    void Promise.all([session.ready, sanitizer]).then(() => setReady(true));
  }, [session, quotedHtml]);
  if (!Composer || !serializeComposer) {
    return <p role="alert">Inkwell editor not available: @inkwell/editor does not export Composer yet.</p>;
  }
  const onEditor = (editor: Editor) => onHtml(() => serializeComposer(editor).bodyHtml);
  // A real compose page listens for changes (to autosave the draft), and the composer serializes the message for
  // every change it reports: that cost belongs in the typing latency, so the benchmark listens too.
  const onChange = (serialized: { bodyHtml: string }) => {
    lastBodyBytes = serialized.bodyHtml.length;
    // As a compose page does: the body goes into the session, and the UI reads its pre-send checks.
    if (isEditable(session.getSnapshot())) session.setBodyHtml(serialized.bodyHtml);
    lastCheckCount = session.getSnapshot().checks.length;
  };
  // The composer mounts once the session has checked its journal, as a compose page shows it.
  if (!ready) return null;
  return (
    <Composer
      queue={queue}
      senderDomain="bench.example"
      quotedHtml={quote}
      placeholder="Write your reply…"
      ariaLabel="Message body"
      onEditor={onEditor}
      onChange={onChange}
    />
  );
}
