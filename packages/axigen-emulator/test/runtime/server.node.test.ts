// startEmulatorServer with the real core: loopback default, restart from --data, SMTP relay end to end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAxigenClient } from '../support/client';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../src/node/server';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const ALICE = { kind: 'basic', username: 'alice@inkwell.test', password: 'wonderland' } as const;
const quiet = { log: () => undefined, tickIntervalMs: 60_000 };

let servers: EmulatorServer[] = [];
let sink: SmtpSink | undefined;
let dir: string | undefined;
afterEach(async () => {
  for (const server of servers) await server.close();
  servers = [];
  await sink?.close();
  sink = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function start(options: Parameters<typeof startEmulatorServer>[0] = {}): Promise<EmulatorServer> {
  const server = await startEmulatorServer({ ...quiet, ...options });
  servers.push(server);
  return server;
}

async function advance(server: EmulatorServer, ms: number): Promise<void> {
  const response = await fetch(`${server.url}/__emulator/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advanceMs: ms }),
  });
  expect(response.status).toBe(200);
}

describe('startEmulatorServer', () => {
  it('listens on loopback and a random port by default', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/api/`)).status).toBe(200);
  });

  it('refuses an invalid port with a clear error', async () => {
    await expect(startEmulatorServer({ ...quiet, port: 70000 })).rejects.toThrow(
      'port must be an integer from 0 to 65535, got 70000',
    );
  });

  it('fails to start on a port in use, and says so', async () => {
    const first = await start();
    await expect(startEmulatorServer({ ...quiet, port: first.port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('close() is idempotent and stops answering', async () => {
    const server = await startEmulatorServer(quiet);
    await Promise.all([server.close(), server.close()]);
    await expect(fetch(`${server.url}/api/`)).rejects.toThrow(TypeError);
  });
});

describe('restart from --data', () => {
  it('restores drafts, sessions and the delivery queue; a queued send is delivered once after restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'axigen-emu-restart-'));
    const first = await start({ dataDir: dir });
    const client = createAxigenClient({ baseUrl: first.url });
    await client.login(ALICE);
    const draft = await client.createDraft({
      to: [{ address: 'bob@inkwell.test' }],
      subject: 'Kept draft',
      bodyText: 'x',
    });
    const sent = await client.send({ to: [{ address: 'bob@inkwell.test' }], subject: 'Queued', bodyText: 'y' });
    expect(sent.undoable).toBe(true);
    await first.close();
    servers = servers.filter((s) => s !== first);

    const second = await start({ dataDir: dir });
    const again = createAxigenClient({ baseUrl: second.url });
    await again.login(ALICE);
    expect(await again.getMail(draft.id)).toMatchObject({ subject: 'Kept draft', isDraft: true });
    expect(second.emulator.controls.rawOutbox()).toEqual([]);
    await advance(second, 11_000);
    expect(second.emulator.controls.rawOutbox().map((m) => m.processingId)).toEqual([sent.processingId]);
    await advance(second, 60_000);
    expect(second.emulator.controls.rawOutbox()).toHaveLength(1);
  });
});

describe('SMTP relay (--smtp)', () => {
  it('relays each delivered message with its envelope (Bcc included) and no Bcc header, and reports the status', async () => {
    sink = await startSmtpSink();
    const server = await start({ smtp: sink.url });
    const client = createAxigenClient({ baseUrl: server.url });
    await client.login(ALICE);
    await client.send({
      to: [{ name: 'Bob Builder', address: 'bob@inkwell.test' }],
      cc: [{ address: 'carol@example.net' }],
      bcc: [{ address: 'hidden@example.net' }],
      subject: 'Relayed',
      bodyText: 'over smtp',
    });
    await advance(server, 11_000);
    const [mail] = await sink.waitFor(1);
    expect(mail!.from).toBe('alice@inkwell.test');
    expect([...mail!.to].sort()).toEqual(['bob@inkwell.test', 'carol@example.net', 'hidden@example.net']);
    const email = await PostalMime.parse(mail!.raw);
    expect(email.subject).toBe('Relayed');
    expect(email.headers.some((h) => h.key === 'bcc')).toBe(false);
    expect(mail!.raw).not.toContain('hidden@example.net');

    await server.relay!.idle();
    const [delivered] = server.emulator.controls.rawOutbox();
    const statuses = await (await fetch(`${server.url}/__emulator/relay`)).json();
    expect(statuses).toEqual({
      items: { [delivered!.id]: expect.objectContaining({ state: 'relayed', attempts: 1 }) },
    });
    const outbox = (await (await fetch(`${server.url}/__emulator/outbox`)).json()) as { id: string; relay: unknown }[];
    expect(outbox).toEqual([
      expect.objectContaining({
        id: delivered!.id,
        subject: 'Relayed',
        relay: expect.objectContaining({ state: 'relayed' }),
      }),
    ]);
  });

  it('keeps delivering when the SMTP server is down, marks the failure, and relays on retry', async () => {
    sink = await startSmtpSink();
    const port = sink.port;
    await sink.close();
    const lines: string[] = [];
    const server = await start({ smtp: `smtp://relay:secret@127.0.0.1:${port}`, log: (line) => lines.push(line) });
    const client = createAxigenClient({ baseUrl: server.url });
    await client.login(ALICE);
    await client.send({ to: [{ address: 'bob@inkwell.test' }], subject: 'Down', bodyText: 'x' });
    await advance(server, 11_000);
    await server.relay!.idle();
    const [delivered] = server.emulator.controls.rawOutbox();
    expect(delivered).toBeDefined();
    const statuses = (await (await fetch(`${server.url}/__emulator/relay`)).json()) as {
      items: Record<string, { state: string }>;
    };
    expect(statuses.items[delivered!.id]).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('ECONNREFUSED'),
    });
    expect(lines.join('\n')).toContain(`relaying message ${delivered!.id}`);
    const outbox = (await (await fetch(`${server.url}/__emulator/outbox`)).json()) as { relay: { state: string } }[];
    expect(outbox.map((item) => item.relay.state)).toEqual(['failed']);
    // The server still answers.
    expect((await fetch(`${server.url}/api/`)).status).toBe(200);

    sink = await startSmtpSink({ port });
    const retried = await fetch(`${server.url}/__emulator/relay/${delivered!.id}/retry`, { method: 'POST' });
    expect(await retried.json()).toMatchObject({ state: 'relayed', attempts: 2 });
    expect(sink.received).toHaveLength(1);
  });

  it('answers the relay routes with 404 when no relay is configured', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/__emulator/relay`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      code: 'NOT_FOUND',
      message: 'No SMTP relay is configured; start the emulator with --smtp <url>.',
    });
  });
});

describe('close()', () => {
  it('lets a request in flight finish and save before the server goes away', async () => {
    dir = await mkdtemp(join(tmpdir(), 'axigen-emu-close-'));
    const server = await startEmulatorServer({ ...quiet, dataDir: dir });
    const client = createAxigenClient({ baseUrl: server.url });
    await client.login(ALICE);
    // Hold the request in the core with injected latency, then close while it is in flight.
    server.emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', latencyMs: 200, times: 1 });
    const pending = client.createDraft({ subject: 'In flight at shutdown', bodyText: 'x' });
    await vi.waitFor(() => expect(server.emulator.controls.faults()).toEqual([]));
    await server.close();
    const draft = await pending;
    const again = await start({ dataDir: dir });
    const reader = createAxigenClient({ baseUrl: again.url });
    await reader.login(ALICE);
    expect(await reader.getMail(draft.id)).toMatchObject({ subject: 'In flight at shutdown' });
  });
});
