import { createAxigenClient } from '@inkwell/axigen-client';
import type { ComposeIntent } from '@inkwell/compose-core';
import { InkwellProvider } from '@inkwell/react';
import { useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ComposePage } from './compose/ComposePage';
import { forgetComposeClientId, readComposeClientId } from './compose/composeClientId';
import { UndoToasts } from './compose/UndoToasts';
import { useSignIn } from './session/useSignIn';

type View =
  { kind: 'compose'; key: number; intent: ComposeIntent; clientId?: string } | { kind: 'closed'; key: number };

export function App() {
  const [client] = useState(() => createAxigenClient({ baseUrl: '' }));
  const signIn = useSignIn(client);
  // A new message resumes the journaled one after a reload (same local id) until it is sent or discarded.
  const [view, setView] = useState<View>(() => ({
    kind: 'compose',
    key: 0,
    intent: { kind: 'new' },
    clientId: readComposeClientId(),
  }));

  if (signIn.status === 'pending') return <p role="status">Signing in…</p>;
  if (signIn.status === 'failed') return <p role="alert">Could not sign in to the mail server: {signIn.message}</p>;

  const close = () => {
    forgetComposeClientId();
    setView((v) => ({ kind: 'closed', key: v.key + 1 }));
  };
  const newMessage = () =>
    setView((v) => ({ kind: 'compose', key: v.key + 1, intent: { kind: 'new' }, clientId: readComposeClientId() }));

  return (
    <InkwellProvider client={client} identity={signIn.identity}>
      <main className="app">
        <header>
          <h1>Inkwell</h1>
          <p>
            Signed in as {signIn.identity.from.name} &lt;{signIn.identity.from.address}&gt;
          </p>
          {view.kind === 'closed' ? (
            <button type="button" onClick={newMessage}>
              New message
            </button>
          ) : null}
        </header>
        {view.kind === 'compose' ? (
          <ErrorBoundary key={view.key}>
            <ComposePage
              key={view.key}
              intent={view.intent}
              {...(view.clientId ? { clientId: view.clientId } : {})}
              senderDomain={signIn.domain}
              identity={signIn.identity}
              onSent={close}
              onDiscarded={close}
            />
          </ErrorBoundary>
        ) : null}
        <UndoToasts
          onReopen={(mailId) =>
            setView((v) => ({
              kind: 'compose',
              key: v.key + 1,
              intent: mailId ? { kind: 'draft', mailId } : { kind: 'new' },
            }))
          }
        />
      </main>
    </InkwellProvider>
  );
}
