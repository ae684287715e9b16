// Everything a Node process wraps around the core: persistence, SMTP relay, the delivery timer, one request handler.
import { createEmulator, type DeliveredMessage, type Emulator, type EmulatorOptions } from '../index';
import { composeWithNodemailer } from '../node-mime';
import { persistEmulator, type Persistence } from './persistence';
import { handleRelayRoute, withRelayStatus } from './relay-routes';
import { createNodeRequestHandler, type NodeRequestHandler } from './request-handler';
import { createSmtpRelay, type SmtpRelay } from './smtp-relay';
import { startTicker } from './ticker';

export interface NodeRuntimeOptions {
  /** Directory for the saved state: loaded on start, rewritten atomically after every change. */
  dataDir?: string;
  /** Relay every delivered message to this SMTP server, e.g. `smtp://user:pass@localhost:1025`. */
  smtp?: string;
  /** Load the demo seed into a fresh state. @default true */
  seed?: boolean;
  /** @default 'X5' */
  serverVersion?: 'X5' | 'X4';
  limits?: EmulatorOptions['limits'];
  sessionTtlMs?: number;
  /** Real time source (ms) for the emulator clock. */
  now?: () => number;
  /** How often due deliveries run. @default 250 */
  tickIntervalMs?: number;
  /** Where warnings and errors go. @default console.error */
  log?: (line: string) => void;
}

export interface NodeRuntime {
  emulator: Emulator;
  /** Serves `/api/…`, `/__emulator/…` and `/__emulator/relay…`; the response is sent after state is saved. */
  handle: NodeRequestHandler;
  /** `undefined` without `smtp`. */
  relay: SmtpRelay | undefined;
  /** Resolves when the current state is on disk (immediately without `dataDir`). */
  flush(): Promise<void>;
  /** Stops the timer, waits for relays and the last save. */
  close(): Promise<void>;
}

export async function createNodeRuntime(options: NodeRuntimeOptions = {}): Promise<NodeRuntime> {
  const log = options.log ?? ((line: string) => console.error(line));
  // Parse --smtp before anything starts, so a typo fails fast instead of at the first delivery.
  const relay = options.smtp ? createSmtpRelay(options.smtp, { log }) : undefined;
  const emulatorOptions: EmulatorOptions = {
    composeMime: composeWithNodemailer,
    seed: options.seed ?? true,
    serverVersion: options.serverVersion ?? 'X5',
  };
  if (options.limits) emulatorOptions.limits = options.limits;
  if (options.sessionTtlMs !== undefined) emulatorOptions.sessionTtlMs = options.sessionTtlMs;
  if (options.now) emulatorOptions.now = options.now;
  if (relay) emulatorOptions.onDelivered = (message: DeliveredMessage) => relay.relay(toRelayMessage(message));
  const emulator = createEmulator(emulatorOptions);

  let persistence: Persistence | undefined;
  if (options.dataDir) persistence = await persistEmulator(emulator, options.dataDir, { log });
  const flush = () => persistence?.flush() ?? Promise.resolve();

  const handle = createNodeRequestHandler(
    {
      handle: async (request) => {
        const own = await handleRelayRoute(request, relay);
        if (own) return own;
        const response = await emulator.handle(request);
        return relay ? withRelayStatus(request, response, relay) : response;
      },
    },
    { beforeRespond: flush, log },
  );
  const stopTicker = startTicker(emulator, { intervalMs: options.tickIntervalMs ?? 250, log });

  return {
    emulator,
    handle,
    relay,
    flush,
    async close() {
      stopTicker();
      await relay?.close();
      await persistence?.close();
    },
  };
}

function toRelayMessage(message: DeliveredMessage) {
  return { id: message.id, raw: message.raw, envelope: message.envelope };
}
