'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AxigenClient } from '@inkwell/axigen-client';
import { getDefaultOutbox, type ComposeIdentity, type SendOutbox, type ServerClock } from '@inkwell/compose-core';
import { InkwellContext } from './inkwell-context';

export interface InkwellProviderProps {
  client: AxigenClient;
  /**
   * The QueryClient for Inkwell's queries and mutations. Default: the one of an enclosing
   * `QueryClientProvider`, else one owned by this provider.
   */
  queryClient?: QueryClient;
  /** Default: the client's module-level outbox (`getDefaultOutbox(client)`), shared by every session of it. */
  outbox?: SendOutbox;
  /** The sender `useCompose` uses unless given one. */
  identity?: ComposeIdentity;
  /**
   * The server's clock, read from the `Date` of the client's responses: make it with `createServerClock()` from
   * `@inkwell/compose-core/schedule` and give the client `fetch: serverClock.wrapFetch(fetch)`. A device whose clock
   * is off then still schedules against the server's time: `useCompose` checks delivery times with it and reports
   * the difference as `snapshot.clockSkew`. Without it the device's clock is taken as right.
   */
  serverClock?: ServerClock;
  /**
   * How a call that meets a 401 logs in again before it is repeated once. Default `'remembered'`: unless the client
   * has a hook of its own (`onUnauthorized`), repeat the client's last login (its credentials stay in memory only;
   * in browsers the tabs of the app share that session). A function: this hook instead (e.g. show a sign-in form
   * and resolve once the user signed in). `false`: no re-login; a 401 makes the session `expired`
   * (`useSessionState()`).
   */
  relogin?: (() => Promise<void>) | 'remembered' | false;
  children?: ReactNode;
}

/** Gives the hooks below it an Axigen client, a send outbox and a QueryClient. */
export function InkwellProvider({
  client,
  queryClient,
  outbox,
  identity,
  serverClock,
  relogin = 'remembered',
  children,
}: InkwellProviderProps) {
  const outer = useContext(QueryClientContext);
  // An unmounted QueryClient is inert, so one is kept ready even when it ends up unused.
  const [own] = useState(() => new QueryClient());
  const effectiveQueryClient = queryClient ?? outer ?? own;
  const effectiveOutbox = outbox ?? getDefaultOutbox(client);
  useRelogin(client, relogin);
  const value = useMemo(
    () => ({ client, outbox: effectiveOutbox, identity, serverClock }),
    [client, effectiveOutbox, identity, serverClock],
  );
  const content = <InkwellContext value={value}>{children}</InkwellContext>;
  return effectiveQueryClient === outer ? (
    content
  ) : (
    <QueryClientProvider client={effectiveQueryClient}>{content}</QueryClientProvider>
  );
}

function useRelogin(client: AxigenClient, relogin: InkwellProviderProps['relogin']): void {
  // The latest hook, read when a 401 happens: an inline function does not reinstall it on every render.
  const latest = useRef(relogin);
  useEffect(() => {
    latest.current = relogin;
  });
  const mode = typeof relogin === 'function' ? 'hook' : relogin;
  useEffect(() => {
    const { auth } = client;
    if (mode === 'hook') {
      return auth.setRelogin(() => {
        const hook = latest.current;
        return typeof hook === 'function' ? hook() : auth.relogin();
      });
    }
    if (mode === false) return auth.setRelogin(() => Promise.reject(new Error('Re-login is turned off')));
    // 'remembered': a hook the client was made with wins; otherwise repeat its last login.
    if (auth.canRelogin) return undefined;
    return auth.setRelogin(() => auth.relogin());
  }, [client, mode]);
}
