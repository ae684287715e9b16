// Stories only: a client signed in to the emulator behind MSW, so suggestions come from its contacts endpoint.
import { useEffect, useState, type ReactNode } from 'react';
import { createAxigenClient } from '@inkwell/axigen-client';
import { InkwellProvider } from '@inkwell/react';

export function EmulatorContactsHost({ children }: { children: ReactNode }) {
  const [client] = useState(() => createAxigenClient({ baseUrl: '' }));
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' }).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [client]);
  return <InkwellProvider client={client}>{ready ? children : <p>Signing in to the emulator…</p>}</InkwellProvider>;
}
