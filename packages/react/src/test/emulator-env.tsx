// Test support: the hooks against the in-process Axigen emulator, with a fresh QueryClient per test.
import { QueryClient } from '@tanstack/react-query';
import { File as NodeFile } from 'node:buffer';
import type { ReactNode } from 'react';
import { createAxigenClient, type AxigenClient } from '@inkwell/axigen-client';
import { composeWithNodemailer, createEmulator, type Emulator } from '@inkwell/axigen-emulator/node';
import { createSendOutbox, type SendOutbox, type ServerClock } from '@inkwell/compose-core';
import { InkwellProvider } from '../provider/InkwellProvider';
import { ALICE, aliceIdentity } from './identity';

/**
 * jsdom's FormData and File are not the ones Node's Request reads (it would send "[object FormData]"): the
 * upload is rebuilt from Node's own classes. Node's FormData class is reachable as the result of `formData()`.
 */
async function toNodeFormData(form: FormData): Promise<FormData> {
  const NodeFormData = (await new Response(new URLSearchParams()).formData()).constructor as typeof FormData;
  const out = new NodeFormData();
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') out.append(name, value);
    else
      out.append(
        name,
        new NodeFile([new Uint8Array(await value.arrayBuffer())], value.name, { type: value.type }) as Blob,
      );
  }
  return out;
}

/**
 * A fetch into the emulator. The request is rebuilt without its signal (jsdom's AbortSignal is not the one
 * Node's Request accepts); an abort still rejects the call the way fetch does.
 */
function emulatorFetch(emulator: Emulator): typeof fetch {
  return (input, init = {}) => {
    const { signal, ...rest } = init;
    if (signal?.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    const url = input instanceof Request ? input.url : String(input);
    const body = rest.body instanceof FormData ? toNodeFormData(rest.body) : Promise.resolve(rest.body);
    const response = body.then((b) => emulator.handle(new Request(url, { ...rest, body: b ?? null })));
    if (!signal) return response;
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), {
        once: true,
      });
      response.then(resolve, reject);
    });
  };
}

export interface EmulatorEnv {
  emulator: Emulator;
  client: AxigenClient;
  queryClient: QueryClient;
  outbox: SendOutbox;
  wrapper: (props: { children?: ReactNode }) => ReactNode;
}

/**
 * A seeded emulator, a client logged in as Alice, and a provider wrapper for `render`/`renderHook`. A test that
 * uploads stubs the global XMLHttpRequest away, so that uploads go through this fetch too (jsdom's would go to the
 * real network).
 */
export async function createEmulatorEnv({ serverClock }: { serverClock?: ServerClock } = {}): Promise<EmulatorEnv> {
  // The clock is read through Date.now at each call, so fake timers move the emulator too.
  const emulator = createEmulator({ composeMime: composeWithNodemailer, seed: true, now: () => Date.now() });
  const fetch = emulatorFetch(emulator);
  const client = createAxigenClient({
    baseUrl: 'http://mail.inkwell.test',
    fetch: serverClock ? serverClock.wrapFetch(fetch) : fetch,
  });
  await client.login({ kind: 'basic', username: ALICE.username, password: ALICE.password });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const outbox = createSendOutbox({ client });
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <InkwellProvider
      client={client}
      queryClient={queryClient}
      outbox={outbox}
      identity={aliceIdentity}
      serverClock={serverClock}
    >
      {children}
    </InkwellProvider>
  );
  return { emulator, client, queryClient, outbox, wrapper };
}
