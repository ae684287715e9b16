import { useEffect, useRef, useState } from 'react';
import type { Account } from './accountSession';
import type { SignInDetails } from './signInModes';
import { SignInForm } from './SignInForm';

/** Over the mailbox, which stays as it is: after signing in again the calls that waited go through. */
export function ExpiredSessionDialog({
  account,
  error,
  onSignIn,
  onSignOut,
}: {
  account: Account;
  error?: string | undefined;
  onSignIn: (details: SignInDetails) => Promise<void>;
  onSignOut: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="wm-dialog"
      aria-label="Session expired"
      onCancel={(event) => event.preventDefault()}
    >
      <SignInForm
        heading="Your session expired"
        intro="Sign in again to carry on. Nothing you wrote is lost."
        username={account.details.username}
        mode={account.details.mode}
        busy={busy}
        error={error}
        onSubmit={(details) => {
          setBusy(true);
          void onSignIn(details).finally(() => setBusy(false));
        }}
      />
      <button type="button" className="wm-button" onClick={onSignOut}>
        Sign out instead
      </button>
    </dialog>
  );
}
