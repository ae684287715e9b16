// The signed-in account as plain state: sign in, sign out, and a session that expired while the app was open.
import type { AxigenClient, Credentials } from '@inkwell/axigen-client';
import type { ComposeIdentity } from '@inkwell/compose-core';
import type { SignInDetails } from './signInModes';

export interface Account {
  identity: ComposeIdentity;
  domain: string;
  details: SignInDetails;
}

export type SessionState =
  | { status: 'signed-out'; error?: string }
  | { status: 'signing-in'; resuming?: boolean }
  | { status: 'signed-in'; account: Account; expired: boolean; error?: string };

export interface AccountSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  signIn(details: SignInDetails): Promise<void>;
  /** Signs in again with the cookie session this tab had before a reload, if it kept one and it still works. */
  resume(): Promise<void>;
  signOut(): Promise<void>;
  /**
   * The server answered 401 to a signed-in call: shows the sign-in form and resolves once the user signed in again,
   * so the call is repeated and nothing on screen is lost. Rejects if the user signs out instead.
   */
  reauthenticate(): Promise<void>;
  /** The `Authorization` header of header mode, for reads the client has no method for. */
  readonly authorization: string | undefined;
}

function credentialsOf({ username, password, mode }: SignInDetails): Credentials {
  return mode === 'cookie' ? { kind: 'cookie', username, password } : { kind: 'basic', username, password };
}

function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** The alias list repeats the main address (type `mainAddress`); addresses compare case-insensitively. */
function uniqueAddresses(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a cookie session's id is kept for a reload: this tab only, gone when it closes. Never the password. */
const KEPT = 'inkwell.webmail.session';

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function readKept(storage: Pick<Storage, 'getItem'> | null): { username: string; sessid: string } | undefined {
  try {
    const kept = JSON.parse(storage?.getItem(KEPT) ?? 'null') as { username?: unknown; sessid?: unknown } | null;
    if (typeof kept?.username === 'string' && typeof kept.sessid === 'string') {
      return { username: kept.username, sessid: kept.sessid };
    }
  } catch {
    // Unreadable: as if nothing was kept.
  }
  return undefined;
}

export function createAccountSession(
  client: AxigenClient,
  describeError: (error: unknown) => string,
  storage = defaultStorage(),
): AccountSession {
  let state: SessionState = { status: 'signed-out' };
  let authorization: string | undefined;
  let waiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const listeners = new Set<() => void>();
  const set = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  // The session id changes when another tab or a re-login signs in again: keep the latest when the page goes.
  const keep = () => {
    if (state.status === 'signed-in' && state.account.details.mode === 'cookie' && client.sessionId) {
      storage?.setItem(KEPT, JSON.stringify({ username: state.account.details.username, sessid: client.sessionId }));
    }
  };
  globalThis.addEventListener?.('pagehide', keep);

  async function loadAccount(details: SignInDetails): Promise<void> {
    const [info, aliases] = await Promise.all([client.getAccountInfo(), client.listAliases()]);
    const address = `${info.accountName}@${info.domainName}`;
    const account: Account = {
      domain: info.domainName,
      details: { ...details, password: '' },
      identity: {
        from: { name: info.fullName, address },
        ownAddresses: uniqueAddresses([address, ...aliases.items.map((a) => a.emailAddress)]),
      },
    };
    set({ status: 'signed-in', account, expired: false });
    keep();
    const released = waiters;
    waiters = [];
    for (const waiter of released) waiter.resolve();
  }

  async function signIn(details: SignInDetails): Promise<void> {
    const previous = state;
    if (previous.status !== 'signed-in') set({ status: 'signing-in' });
    try {
      await client.login(credentialsOf(details));
      authorization = details.mode === 'header' ? basicAuthorization(details.username, details.password) : undefined;
      await loadAccount(details);
    } catch (error) {
      const message = describeError(error);
      if (previous.status === 'signed-in') set({ ...previous, expired: true, error: message });
      else set({ status: 'signed-out', error: message });
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn,
    async resume() {
      const kept = readKept(storage);
      if (state.status !== 'signed-out' || !kept) return;
      set({ status: 'signing-in', resuming: true });
      try {
        await client.auth.resume(kept);
        await loadAccount({ username: kept.username, password: '', mode: 'cookie' });
      } catch (error) {
        // Ended (401): forgotten, and the form shows as for any visit. Unreachable (offline): kept for the next
        // reload, and the form says why it shows.
        if ((error as { status?: unknown } | undefined)?.status === 401) {
          storage?.removeItem(KEPT);
          set({ status: 'signed-out' });
        } else {
          set({ status: 'signed-out', error: describeError(error) });
        }
      }
    },
    async signOut() {
      await client.logout().catch(() => {
        // The session may be gone already (expired): signing out locally is what the user asked for.
      });
      authorization = undefined;
      storage?.removeItem(KEPT);
      const released = waiters;
      waiters = [];
      for (const waiter of released) waiter.reject(new Error('Signed out'));
      set({ status: 'signed-out' });
    },
    reauthenticate() {
      if (state.status !== 'signed-in') return Promise.reject(new Error('Not signed in'));
      if (!state.expired) set({ ...state, expired: true });
      return new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
    },
    get authorization() {
      return authorization;
    },
  };
}
