// Shared setup of the contract tests: a real emulator server on a random loopback port, the real client over HTTP.
import { createAxigenClient, type AxigenClient, type Credentials } from '../support/client';
import PostalMime, { type Email } from 'postal-mime';
import { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from '../../src/node/server';
import type { OutboxView } from '../../src/index';

export const ALICE_LOGIN: Credentials = { kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' };
export const BOB_LOGIN: Credentials = { kind: 'basic', username: 'bob@inkwell.test', password: 'builder' };

/** A 1×1 transparent PNG, real bytes. */
export const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export async function startServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  // A long tick interval: the tests move the clock themselves, so deliveries happen exactly when they say.
  return startEmulatorServer({ port: 0, tickIntervalMs: 60_000, log: () => undefined, ...options });
}

/** A logged-in client. */
export async function loggedIn(
  server: EmulatorServer,
  credentials: Credentials = ALICE_LOGIN,
  extra: { onUnauthorized?: () => Promise<void> } = {},
): Promise<AxigenClient> {
  const client = createAxigenClient({ baseUrl: server.url, ...extra });
  await client.login(credentials);
  return client;
}

/** Moves the emulator clock through the HTTP control, as an integrator's test would. */
export async function advanceClock(server: EmulatorServer, ms: number): Promise<void> {
  const response = await fetch(`${server.url}/__emulator/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advanceMs: ms }),
  });
  if (!response.ok) throw new Error(`clock control failed: ${response.status} ${await response.text()}`);
}

export async function outbox(server: EmulatorServer): Promise<OutboxView[]> {
  const response = await fetch(`${server.url}/__emulator/outbox`);
  if (!response.ok) throw new Error(`outbox control failed: ${response.status}`);
  const body = (await response.json()) as OutboxView[] | { items: OutboxView[] };
  return Array.isArray(body) ? body : body.items;
}

/** The delivered message as raw RFC 5322 text (`/__emulator/outbox/{id}/raw`). */
export async function rawOutboxMessage(server: EmulatorServer, id: string): Promise<string> {
  const response = await fetch(`${server.url}/__emulator/outbox/${encodeURIComponent(id)}/raw`);
  if (!response.ok) throw new Error(`raw outbox control failed: ${response.status}`);
  return response.text();
}

/** Parses with postal-mime: independent of the composer that built the message. */
export function parseMime(raw: string): Promise<Email> {
  return PostalMime.parse(raw);
}

export function header(email: Email, name: string): string | undefined {
  return email.headers.find((h) => h.key === name.toLowerCase())?.value;
}
