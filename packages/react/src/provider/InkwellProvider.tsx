'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import type { AxigenClient } from '@inkwell/axigen-client';
import { getDefaultOutbox, type ComposeIdentity, type SendOutbox } from '@inkwell/compose-core';
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
  children?: ReactNode;
}

/** Gives the hooks below it an Axigen client, a send outbox and a QueryClient. */
export function InkwellProvider({ client, queryClient, outbox, identity, children }: InkwellProviderProps) {
  const outer = useContext(QueryClientContext);
  // An unmounted QueryClient is inert, so one is kept ready even when it ends up unused.
  const [own] = useState(() => new QueryClient());
  const effectiveQueryClient = queryClient ?? outer ?? own;
  const effectiveOutbox = outbox ?? getDefaultOutbox(client);
  const value = useMemo(() => ({ client, outbox: effectiveOutbox, identity }), [client, effectiveOutbox, identity]);
  const content = <InkwellContext value={value}>{children}</InkwellContext>;
  return effectiveQueryClient === outer ? (
    content
  ) : (
    <QueryClientProvider client={effectiveQueryClient}>{content}</QueryClientProvider>
  );
}
