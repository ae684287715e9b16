// `axigenEmulator()`: the emulator inside `vite` (dev) and `vite preview`, same origin as the app.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import type { Emulator } from '../index';
import { createNodeRuntime, type NodeRuntime, type NodeRuntimeOptions } from '../node/runtime';

export interface AxigenEmulatorPluginOptions extends NodeRuntimeOptions {
  /**
   * Path prefixes served by the emulator; everything else goes on to Vite.
   * @default ['/api/', '/__emulator/']
   */
  prefixes?: string[];
  /** Called once the emulator is ready (e.g. to seed it from a script). */
  onReady?: (emulator: Emulator) => void;
}

const DEFAULT_PREFIXES = ['/api/', '/__emulator/'];

/**
 * Mounts the Axigen emulator as connect middleware, so the app's `fetch('/api/v1/…')` reaches it same-origin with
 * cookies working as they would behind a real WebMail host. Each server (dev or preview) gets its own emulator;
 * give both the same `dataDir` to share state across restarts.
 */
export function axigenEmulator(options: AxigenEmulatorPluginOptions = {}): Plugin {
  const prefixes = options.prefixes ?? DEFAULT_PREFIXES;

  async function mount(server: ViteDevServer | PreviewServer): Promise<void> {
    const log = options.log ?? ((line: string) => server.config.logger.error(line));
    const runtime = await createNodeRuntime({ ...options, log });
    options.onReady?.(runtime.emulator);
    server.middlewares.use(middleware(runtime, prefixes));
    // Middleware mode (no httpServer) leaves closing to whoever owns the server.
    server.httpServer?.once('close', () => {
      runtime.close().catch((error: unknown) => log(`[axigen-emulator] closing failed: ${String(error)}`));
    });
  }

  return {
    name: 'inkwell:axigen-emulator',
    // Added directly (not returned as a post hook), so the emulator answers before Vite's SPA fallback.
    configureServer: mount,
    configurePreviewServer: mount,
  };
}

function middleware(runtime: NodeRuntime, prefixes: readonly string[]): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    const path = (req.url ?? '/').split('?', 1)[0]!;
    if (!prefixes.some((prefix) => path.startsWith(prefix))) {
      next();
      return;
    }
    runtime.handle(req, res).catch(next);
  };
}
