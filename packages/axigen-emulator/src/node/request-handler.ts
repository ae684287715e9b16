// One Node request handler for every Node runtime (the HTTP server and the Vite middleware).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorResponse } from '../core/errors';
import type { Emulator } from '../index';
import { sendWebResponse, toWebRequest } from './http-adapter';

export interface NodeRequestHandlerOptions {
  /**
   * Awaited after the core has answered and before a byte of the response is written. The persistence layer
   * flushes here, so a client never sees success for a change that is not yet on disk.
   */
  beforeRespond?: () => Promise<void>;
  log?: (line: string) => void;
}

export type NodeRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createNodeRequestHandler(
  emulator: Pick<Emulator, 'handle'>,
  options: NodeRequestHandlerOptions = {},
): NodeRequestHandler {
  const log = options.log ?? ((line: string) => console.error(line));
  return async (req, res) => {
    // Abort the core's work when the client goes away before the response is complete.
    const aborter = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) aborter.abort();
    });
    let response: Response;
    try {
      response = await emulator.handle(toWebRequest(req, aborter.signal));
    } catch (error) {
      log(`[axigen-emulator] ${req.method} ${req.url} failed: ${describe(error)}`);
      response = errorResponse(500, 'INTERNAL_ERROR', 'The emulator failed to handle this request; see its log.');
    }
    if (options.beforeRespond) {
      try {
        await options.beforeRespond();
      } catch (error) {
        // The change is in memory but not on disk: say so rather than pretend it is durable.
        log(`[axigen-emulator] could not persist state: ${describe(error)}`);
        await response.body?.cancel();
        response = errorResponse(
          500,
          'INTERNAL_ERROR',
          `The change was applied in memory but could not be saved to disk: ${describe(error)}`,
        );
      }
    }
    try {
      await sendWebResponse(req, res, response);
    } catch (error) {
      // A client that hangs up mid-body is not the emulator's failure; anything else is worth a line in the log.
      if (!aborter.signal.aborted) log(`[axigen-emulator] writing the response failed: ${describe(error)}`);
      res.destroy();
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
