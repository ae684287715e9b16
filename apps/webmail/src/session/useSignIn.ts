import type { AxigenClient } from '@inkwell/axigen-client';
import type { ComposeIdentity } from '@inkwell/compose-core';
import { useEffect, useState } from 'react';
import { demoAccount } from './demoAccount';

export type SignIn =
  | { status: 'pending' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; identity: ComposeIdentity; domain: string };

/** Cookie login with the demo account, then the identity (From and every address the user receives on). */
export function useSignIn(client: AxigenClient): SignIn {
  const [result, setResult] = useState<SignIn>({ status: 'pending' });
  useEffect(() => {
    const abort = new AbortController();
    const { signal } = abort;
    (async () => {
      await client.login({ kind: 'cookie', ...demoAccount }, { signal });
      const [info, aliases] = await Promise.all([client.getAccountInfo({ signal }), client.listAliases({ signal })]);
      const address = `${info.accountName}@${info.domainName}`;
      setResult({
        status: 'ready',
        domain: info.domainName,
        identity: {
          from: { name: info.fullName, address },
          ownAddresses: uniqueAddresses([address, ...aliases.items.map((a) => a.emailAddress)]),
        },
      });
    })().catch((error: unknown) => {
      if (!signal.aborted)
        setResult({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    return () => abort.abort();
  }, [client]);
  return result;
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
