import { useId, useState } from 'react';
import { demoAccount } from './demoAccount';
import type { SignInDetails, SignInMode } from './signInModes';

export interface SignInFormProps {
  onSubmit: (details: SignInDetails) => void;
  busy: boolean;
  error?: string | undefined;
  /** After an expiry the account is fixed: the work on screen belongs to it. */
  username?: string;
  mode?: SignInMode;
  heading: string;
  intro?: string;
}

/** Email address, password and the login mode; the emulator's demo account is prefilled. */
export function SignInForm({ onSubmit, busy, error, username, mode, heading, intro }: SignInFormProps) {
  const id = useId();
  const [user, setUser] = useState<string>(username ?? demoAccount.username);
  const [password, setPassword] = useState<string>(username ? '' : demoAccount.password);
  const [loginMode, setLoginMode] = useState<SignInMode>(mode ?? 'cookie');
  return (
    <form
      className="wm-signin"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ username: user.trim(), password, mode: loginMode });
      }}
    >
      <h1 id={`${id}-heading`}>{heading}</h1>
      {intro ? <p>{intro}</p> : null}
      <label htmlFor={`${id}-user`}>Email address</label>
      <input
        id={`${id}-user`}
        // The first thing on the page, and what the user came for.
        autoFocus={username === undefined}
        type="email"
        autoComplete="username"
        required
        readOnly={username !== undefined}
        value={user}
        onChange={(event) => setUser(event.target.value)}
      />
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        autoFocus={username !== undefined}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <fieldset className="wm-signin-modes" disabled={mode !== undefined}>
        <legend>Sign in with</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="cookie"
            checked={loginMode === 'cookie'}
            onChange={() => setLoginMode('cookie')}
          />{' '}
          a session cookie
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="header"
            checked={loginMode === 'header'}
            onChange={() => setLoginMode('header')}
          />{' '}
          a login header on every request
        </label>
      </fieldset>
      {error ? (
        <p role="alert" className="wm-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="wm-button wm-primary" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
