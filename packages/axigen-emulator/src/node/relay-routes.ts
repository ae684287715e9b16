// `/__emulator/relay…` test-control routes: the SMTP relay's status per outbox message, and retry.
import { errorResponse } from '../core/errors';
import type { SmtpRelay } from './smtp-relay';

const PREFIX = '/__emulator/relay';

/** Answers relay routes; `undefined` for any other path, which then goes to the core. */
export async function handleRelayRoute(request: Request, relay: SmtpRelay | undefined): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (pathname !== PREFIX && !pathname.startsWith(`${PREFIX}/`)) return undefined;
  if (!relay) {
    return errorResponse(404, 'NOT_FOUND', 'No SMTP relay is configured; start the emulator with --smtp <url>.');
  }
  if (pathname === PREFIX && request.method === 'GET') return Response.json({ items: relay.statuses() });
  const retry = /^\/__emulator\/relay\/([^/]+)\/retry$/.exec(pathname);
  if (retry && request.method === 'POST') {
    const id = decodeURIComponent(retry[1]!);
    try {
      return Response.json(await relay.retry(id));
    } catch (error) {
      return errorResponse(404, 'NOT_FOUND', (error as Error).message);
    }
  }
  return errorResponse(404, 'NOT_FOUND', `No relay control ${request.method} ${pathname}`);
}

/**
 * Marks each `GET /__emulator/outbox` item with its relay status (`relay: {state, attempts, …}`), so the outbox
 * alone tells what reached the SMTP server. Other responses pass through untouched.
 */
export async function withRelayStatus(request: Request, response: Response, relay: SmtpRelay): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (request.method !== 'GET' || pathname.replace(/\/$/, '') !== '/__emulator/outbox' || !response.ok) return response;
  const items = (await response.json()) as { id: string }[];
  const statuses = relay.statuses();
  return Response.json(items.map((item) => ({ ...item, relay: statuses[item.id] ?? null })));
}
