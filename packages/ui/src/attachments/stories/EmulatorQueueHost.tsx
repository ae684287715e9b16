// Stories only: compose-core's real attachment queue on a client signed in to the emulator behind MSW.
import { useEffect, useState, type ReactNode } from 'react';
import { createAxigenClient } from '@inkwell/axigen-client';
import { createAttachmentQueue, type AttachmentQueue } from '@inkwell/compose-core';

export function EmulatorQueueHost({ children }: { children: (queue: AttachmentQueue | null) => ReactNode }) {
  const [setup] = useState(() => {
    const client = createAxigenClient({ baseUrl: '' });
    return { client, queue: createAttachmentQueue({ client, domain: 'inkwell.test' }) };
  });
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void setup.client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' }).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [setup]);
  return <>{children(ready ? setup.queue : null)}</>;
}
