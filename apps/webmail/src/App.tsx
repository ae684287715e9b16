import { createAxigenClient } from '@inkwell/axigen-client';
import { createServerClock } from '@inkwell/compose-core/schedule';
import { InkwellProvider } from '@inkwell/react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MailboxShell } from './mailbox/MailboxShell';
import { ScheduledTimesProvider } from './outbox/useScheduledTimes';
import { createAccountSession } from './session/accountSession';
import { describeSignInError } from './session/describeSignInError';
import { ExpiredSessionDialog } from './session/ExpiredSessionDialog';
import { createSessionFetch } from './session/sessionFetch';
import { SignInForm } from './session/SignInForm';
import { useAccountSession } from './session/useAccountSession';

export function App() {
  const queryClient = useQueryClient();
  const [{ client, session, fetchWithSession, serverClock }] = useState(() => {
    // A 401 on a signed-in call waits for the user to sign in again (see accountSession.reauthenticate).
    const holder: { reauthenticate?: () => Promise<void> } = {};
    // The server's time, read from its answers: a device whose clock is off still schedules by the server's.
    const serverClock = createServerClock();
    const client = createAxigenClient({
      baseUrl: '',
      // Looked up at each call, so a fetch installed later (a test's, a service worker's shim) is the one used.
      fetch: serverClock.wrapFetch((input, init) => globalThis.fetch(input, init)),
      onUnauthorized: () => holder.reauthenticate?.() ?? Promise.reject(new Error('Not signed in')),
    });
    const session = createAccountSession(client, describeSignInError);
    holder.reauthenticate = session.reauthenticate;
    // After a reload, the tab's cookie session signs the user in again without the form.
    void session.resume();
    return { client, session, fetchWithSession: createSessionFetch(client, session), serverClock };
  });
  const state = useAccountSession(session);

  if (state.status === 'signing-in' && state.resuming) {
    return (
      <main className="wm-signin-page">
        <p role="status">Signing in…</p>
      </main>
    );
  }
  if (state.status !== 'signed-in') {
    return (
      <main className="wm-signin-page">
        <SignInForm
          heading="Sign in to Inkwell"
          busy={state.status === 'signing-in'}
          error={state.status === 'signed-out' ? state.error : undefined}
          onSubmit={(details) => void session.signIn(details)}
        />
      </main>
    );
  }
  const signOut = () => {
    void session.signOut().then(() => queryClient.clear());
  };
  return (
    <InkwellProvider client={client} identity={state.account.identity} serverClock={serverClock}>
      <div className="wm-app" inert={state.expired}>
        <ScheduledTimesProvider account={state.account.details.username}>
          <MailboxShell account={state.account} fetchWithSession={fetchWithSession} onSignOut={signOut} />
        </ScheduledTimesProvider>
      </div>
      {state.expired ? (
        <ExpiredSessionDialog
          account={state.account}
          error={state.error}
          onSignIn={session.signIn}
          onSignOut={signOut}
        />
      ) : null}
    </InkwellProvider>
  );
}
