// The composer: toolbar plus editor, bound to the compose session's attachment queue.
import type { AttachmentQueue, SanitizedMailHtml } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useMemo } from 'react';
import { COMPOSER_CSS } from './composerStyles';
import { editorExtras } from './extras/loadEditorExtras';
import { useLazyModule } from './lazy/useLazyModule';
import { editorMessages, type EditorMessages } from './messages/editorMessages';
import { EditorMessagesContext } from './messages/EditorMessagesContext';
import type { LargeImageInfo } from './inline-image/types';
import type { SerializedComposer } from './serialize/types';
import { EditorContent } from './react/EditorContent';
import { Toolbar } from './toolbar/Toolbar';
import { isEmptyDocument } from './sanitize/isEmptyDocument';
import { useComposerSanitizer } from './sanitize/useComposerSanitizer';
import { useComposerEditor } from './useComposerEditor';

export interface ComposerProps {
  queue: AttachmentQueue;
  /** The sender's domain, for inline images' content ids. */
  senderDomain: string;
  initialHtml?: string;
  /** The original's HTML for a reply or forward; a result of `sanitizeMailHtml` is not sanitized again. */
  quotedHtml?: string | SanitizedMailHtml;
  signatureHtml?: string;
  onChange?: (serialized: SerializedComposer) => void;
  placeholder?: string;
  /** Accessible name of the text area, e.g. "Message body". */
  ariaLabel: string;
  /** Start the quoted original collapsed. */
  quoteCollapsed?: boolean;
  /** Asked before uploading a large image; return true to scale it down. */
  onLargeImage?: (info: LargeImageInfo) => boolean | Promise<boolean>;
  /** Longest side images are scaled down to when `onLargeImage` agrees. @default 1600 */
  maxImageDimension?: number;
  editable?: boolean;
  /** Receives the editor once created (for commands from outside, e.g. the attachment list). */
  onEditor?: (editor: Editor) => void;
  /** Include the minimal built-in styles; turn off when the app styles the `inkwell-*` classes itself. */
  withStyles?: boolean;
  /** Translations of the composer's own strings (toolbar, link form, confirmations); English by default. */
  messages?: Partial<EditorMessages>;
}

/** Whether the editor starts from HTML, which it sanitizes on the way in. */
function startsFromHtml({ initialHtml, quotedHtml, signatureHtml }: ComposerProps): boolean {
  return !isEmptyDocument(initialHtml ?? '') || !!quotedHtml || !!signatureHtml?.trim();
}

function ComposerEditor({ onEditor, ...props }: Omit<ComposerProps, 'withStyles' | 'messages'>) {
  const editor = useComposerEditor({ ...props, placeholder: props.placeholder ?? '' });
  // With the text box's arrival on the page (EditorContent places it in a layout effect), not a frame later.
  useLayoutEffect(() => {
    onEditor?.(editor);
  }, [editor, onEditor]);
  return (
    <>
      <Toolbar editor={editor} />
      <EditorContent editor={editor} className="inkwell-editor" />
    </>
  );
}

/**
 * The composer. `data-state` is `loading` while the HTML sanitizer it starts from loads (a reopened draft, a
 * signature or a quote; a reply's prefill has usually loaded it already), `failed` if it could not, else `ready`.
 */
export function Composer({ withStyles = true, messages, ...props }: ComposerProps) {
  // The on-demand parts' styles arrive with them (they start loading with the editor).
  const extras = useLazyModule(editorExtras, withStyles).value;
  const t = useMemo(() => (messages ? { ...editorMessages, ...messages } : editorMessages), [messages]);
  const sanitizer = useComposerSanitizer(startsFromHtml(props));
  return (
    <EditorMessagesContext value={t}>
      <div className="inkwell-composer" data-state={sanitizer.state} aria-busy={sanitizer.state === 'loading'}>
        {withStyles ? <style>{COMPOSER_CSS}</style> : null}
        {withStyles && extras ? <style>{extras.EXTRAS_CSS}</style> : null}
        {sanitizer.state === 'ready' ? <ComposerEditor {...props} /> : null}
        {sanitizer.state === 'failed' ? (
          <div role="alert" className="inkwell-composer-error">
            {t.loadFailed}{' '}
            <button type="button" onClick={sanitizer.retry}>
              {t.retryLoad}
            </button>
          </div>
        ) : null}
      </div>
    </EditorMessagesContext>
  );
}
