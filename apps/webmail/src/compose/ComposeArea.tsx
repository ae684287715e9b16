import type { ComposeIdentity, ComposeIntent } from '@inkwell/compose-core';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';
import { ComposePage } from './ComposePage';
import { newComposeId, readOpenCompose, writeOpenCompose, type OpenCompose } from './openCompose';
import { UndoToasts } from './UndoToasts';
import { useFocusWhenReady } from './useFocusWhenReady';

export interface ComposeAreaHandle {
  open: (intent: ComposeIntent) => void;
}

export interface ComposeAreaProps {
  ref?: Ref<ComposeAreaHandle>;
  identity: ComposeIdentity;
  senderDomain: string;
}

/**
 * Where compose views live in the app: the one place that knows how they are shown. Today one view at a time over
 * the mailbox (opening another closes the current one, which saves it to Drafts); it comes back after a reload.
 */
export function ComposeArea({ ref, identity, senderDomain }: ComposeAreaProps) {
  const [view, setView] = useState<(OpenCompose & { key: number }) | undefined>(() => {
    const restored = readOpenCompose();
    return restored ? { ...restored, key: 0 } : undefined;
  });
  const open = (intent: ComposeIntent) => {
    const next = { intent, clientId: newComposeId() };
    writeOpenCompose(next);
    setView((v) => ({ ...next, key: (v?.key ?? 0) + 1 }));
  };
  const close = () => {
    writeOpenCompose(undefined);
    setView(undefined);
  };
  useImperativeHandle(ref, () => ({ open }));
  const section = useRef<HTMLElement>(null);
  // A reply starts in the body, above the quote; anything else in the first recipient field. Not after a reload:
  // the user did not just ask for it.
  const replying = view?.intent.kind === 'reply' || view?.intent.kind === 'replyAll';
  useFocusWhenReady(
    section,
    view && view.key > 0 ? view.key : undefined,
    replying ? '[contenteditable="true"]' : 'input[type="text"]:not([disabled])',
  );
  return (
    <>
      {view ? (
        <section
          ref={section}
          className="wm-compose"
          aria-label="Compose"
          onKeyDown={(event) => {
            // Ctrl/Cmd+Enter sends, as in most mail programs.
            if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
            event.preventDefault();
            // The composer reports its last keystrokes on blur, as when the Send button takes focus.
            if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
            section.current?.querySelector('form')?.requestSubmit();
          }}
        >
          <div className="wm-compose-bar">
            <button type="button" className="wm-button" onClick={close}>
              Close and keep as draft
            </button>
          </div>
          <ErrorBoundary key={view.key}>
            <ComposePage
              key={view.key}
              intent={view.intent}
              clientId={view.clientId}
              senderDomain={senderDomain}
              identity={identity}
              onSent={close}
              onDiscarded={close}
            />
          </ErrorBoundary>
        </section>
      ) : null}
      <UndoToasts onReopen={(mailId) => open(mailId ? { kind: 'draft', mailId } : { kind: 'new' })} />
    </>
  );
}
