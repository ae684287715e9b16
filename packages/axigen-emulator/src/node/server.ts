// `startEmulatorServer`: the emulator as a real HTTP server (CLI, `pnpm dev`, contract tests).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator } from '../index';
import { createNodeRuntime, type NodeRuntimeOptions } from './runtime';
import type { SmtpRelay } from './smtp-relay';

const CLOSE_GRACE_MS = 2_000;

export interface EmulatorServerOptions extends NodeRuntimeOptions {
  /** 0 picks a free port. @default 0 */
  port?: number;
  /**
   * Interface to listen on. @default '127.0.0.1'
   * The `/__emulator/` controls have no authentication: keep this on loopback.
   */
  host?: string;
}

export interface EmulatorServer {
  /** `http://host:port`, without a trailing slash; the API is at `${url}/api/v1`. */
  url: string;
  port: number;
  emulator: Emulator;
  relay: SmtpRelay | undefined;
  /** Resolves when the current state is on disk. */
  flush(): Promise<void>;
  /** Stops listening, lets requests in flight finish (2 s at most), waits for relays and the last save. */
  close(): Promise<void>;
}

export async function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`port must be an integer from 0 to 65535, got ${String(port)}`);
  }
  const runtime = await createNodeRuntime(options);
  const server = createServer((req, res) => void runtime.handle(req, res));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    emulator: runtime.emulator,
    relay: runtime.relay,
    flush: runtime.flush,
    close() {
      closing ??= (async () => {
        // Requests in flight may finish (their change is then saved and answered); idle keep-alive connections
        // close now, and whatever still hangs on after the grace period is cut.
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Requests a `hang` fault holds would never finish by themselves: drop them now.
          runtime.emulator.controls.releaseHung();
          server.closeIdleConnections();
          const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
          force.unref();
        });
        await runtime.close();
      })();
      return closing;
    },
  };
}
