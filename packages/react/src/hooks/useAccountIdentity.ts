'use client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ComposeIdentity } from '@inkwell/compose-core';
import { useInkwellClient } from '../provider/useInkwellClient';
import { accountQueries } from '../queries/account-queries';
import { identityFromAccount } from './identity-from-account';

export interface AccountIdentityResult {
  /** Undefined until both reads have answered. */
  identity: ComposeIdentity | undefined;
  /** The first read that failed, if any. */
  error: Error | null;
}

/**
 * The logged-in account as a compose identity, from `accountQueries.info` and `.aliases`: give it to
 * `InkwellProvider` (or `useCompose`) when the app does not know the sender itself.
 */
export function useAccountIdentity(): AccountIdentityResult {
  const client = useInkwellClient();
  const info = useQuery(accountQueries.info(client));
  const aliases = useQuery(accountQueries.aliases(client));
  const identity = useMemo(
    () => (info.data && aliases.data ? identityFromAccount(info.data, aliases.data) : undefined),
    [info.data, aliases.data],
  );
  return { identity, error: info.error ?? aliases.error };
}
