import type { ComposeIdentity, ComposeIntent } from '@inkwell/compose-core';
import { UndoToastRegion } from '@inkwell/ui';
import { ComposeDock, createComposeDockStore } from '@inkwell/ui/compose';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';
import { useFocusWhenReady } from './useFocusWhenReady';

export interface ComposeAreaHandle {
  open: (intent: ComposeIntent) => void;
}

export interface ComposeAreaProps {
  ref?: Ref<ComposeAreaHandle>;
  identity: ComposeIdentity;
}

/**
 * Where compose views live in the app: the one place that knows how they are shown. Docked compose windows at the
 * bottom of the page (several at once; opening a reply to a mail already open brings that window back); the dock
 * store keeps them in localStorage, so they come back after a reload with what was typed.
 */
export function ComposeArea({ ref, identity }: ComposeAreaProps) {
  // Per account: someone else signing in on this browser never sees these windows or what was typed in them.
  const [dock] = useState(() =>
    createComposeDockStore({ key: 'inkwell.webmail.dock', account: identity.from.address }),
  );
  const [opened, setOpened] = useState<{ id: string; intent: ComposeIntent; count: number }>();
  const open = (intent: ComposeIntent) => {
    const id = dock.open(intent);
    setOpened((o) => ({ id, intent, count: (o?.count ?? 0) + 1 }));
  };
  useImperativeHandle(ref, () => ({ open }));
  const area = useRef<HTMLDivElement>(null);
  // The window just asked for (the dock keeps the store's order). A reply starts in the body, above the quote;
  // anything else in the first recipient field. Not after a reload: the user did not just ask for it.
  const index = opened ? dock.getSnapshot().findIndex((item) => item.id === opened.id) : -1;
  const replying = opened?.intent.kind === 'reply' || opened?.intent.kind === 'replyAll';
  const target = replying ? '[contenteditable="true"]' : 'input[role="combobox"]:not([disabled])';
  useFocusWhenReady(area, opened?.count, `.ink-compose-dock > section.ink-compose:nth-of-type(${index + 1}) ${target}`);
  return (
    <div ref={area}>
      <ErrorBoundary>
        <ComposeDock store={dock} windowProps={{ identity }} />
      </ErrorBoundary>
      <UndoToastRegion onReopen={(draftId) => open(draftId ? { kind: 'draft', mailId: draftId } : { kind: 'new' })} />
    </div>
  );
}
