// The MSW handlers in Node, resolved with msw's own getResponse (no interceptors: msw/node wants Node 22).
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createBrowserEmulator, createEmulatorHandlers } from './handlers';

const basic = `Basic ${btoa('alice@inkwell.test:wonderland')}`;

async function login(handlers: Parameters<typeof getResponse>[0], origin = 'http://localhost:6006'): Promise<string> {
  const response = await getResponse(
    handlers,
    new Request(`${origin}/api/v1/login`, { method: 'POST', headers: { Authorization: basic } }),
  );
  expect(response?.status).toBe(200);
  return ((await response!.json()) as { sessid: string }).sessid;
}

describe('createEmulatorHandlers', () => {
  it('routes /api/… to the emulator on any origin by default', async () => {
    const handlers = createEmulatorHandlers({}, { tickIntervalMs: 0 });
    const version = await getResponse(handlers, new Request('http://localhost:6006/api/'));
    expect(await version!.json()).toEqual({
      apiVersion: expect.any(String),
      serverVersion: expect.stringMatching(/^10\.5\./),
    });
    const sessid = await login(handlers);
    const info = await getResponse(
      handlers,
      new Request('http://localhost:6006/api/v1/account/info', {
        headers: { Authorization: basic, 'X-Axigen-Session': sessid },
      }),
    );
    expect(await info!.json()).toMatchObject({ accountName: 'alice' });
  });

  it('routes /__emulator/… controls too', async () => {
    const handlers = createEmulatorHandlers({}, { tickIntervalMs: 0 });
    const clock = await getResponse(handlers, new Request('http://localhost/__emulator/clock'));
    expect(await clock!.json()).toMatchObject({ now: expect.any(Number) });
  });

  it('shares a given emulator, so a test can drive it directly', async () => {
    const emulator = createBrowserEmulator({ seed: false });
    const handlers = createEmulatorHandlers(emulator, { tickIntervalMs: 0 });
    const sessid = await login(handlers);
    const headers = { Authorization: basic, 'X-Axigen-Session': sessid, 'Content-Type': 'application/json' };
    const send = await getResponse(
      handlers,
      new Request('http://localhost/api/v1/mails/send', {
        method: 'POST',
        headers,
        body: JSON.stringify({ to: 'bob@inkwell.test', subject: 'via msw', bodyText: 'hi' }),
      }),
    );
    expect(await send!.json()).toEqual({ processingId: expect.any(Number), mailId: expect.any(String) });
    await emulator.controls.advanceClock(11_000);
    const outbox = await emulator.controls.outbox();
    expect(outbox.map((m) => m.subject)).toEqual(['via msw']);
  });

  it('runs due deliveries before answering, without a timer', async () => {
    let now = Date.UTC(2026, 10, 21, 12);
    const emulator = createBrowserEmulator({ seed: false, now: () => now });
    const handlers = createEmulatorHandlers(emulator, { tickIntervalMs: 0 });
    const sessid = await login(handlers);
    await getResponse(
      handlers,
      new Request('http://localhost/api/v1/mails/send', {
        method: 'POST',
        headers: { Authorization: basic, 'X-Axigen-Session': sessid, 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: 'bob@inkwell.test', subject: 'due', bodyText: 'x' }),
      }),
    );
    now += 11_000; // real time passes; nobody ticks
    expect(emulator.controls.rawOutbox()).toHaveLength(0);
    const outbox = await getResponse(handlers, new Request('http://localhost/__emulator/outbox'));
    expect(JSON.stringify(await outbox!.json())).toContain('"subject":"due"');
  });

  it('matches only baseUrl when given, leaving other origins to other handlers', async () => {
    const handlers = [
      ...createEmulatorHandlers({}, { baseUrl: 'http://mail.test/', tickIntervalMs: 0 }),
      http.all('*', () => HttpResponse.text('elsewhere', { status: 299 })),
    ];
    const mine = await getResponse(handlers, new Request('http://mail.test/api/'));
    expect(mine!.status).toBe(200);
    const other = await getResponse(handlers, new Request('http://other.test/api/'));
    expect(other!.status).toBe(299);
  });

  it('passes a dropped-connection fault through as Response.error()', async () => {
    const emulator = createBrowserEmulator({ seed: false });
    const handlers = createEmulatorHandlers(emulator, { tickIntervalMs: 0 });
    emulator.controls.addFault({ path: '/api/v1/mails/send', drop: true });
    const response = await getResponse(
      handlers,
      new Request('http://localhost/api/v1/mails/send', { method: 'POST', body: '{}' }),
    );
    expect(response!.type).toBe('error');
  });

  it('after processing: the draft is made, then the connection drops; a hang ends when the client aborts', async () => {
    const emulator = createBrowserEmulator({ seed: false });
    const handlers = createEmulatorHandlers(emulator, { tickIntervalMs: 0 });
    const sessid = await login(handlers);
    const headers = { Authorization: basic, 'X-Axigen-Session': sessid, 'Content-Type': 'application/json' };
    const create = (subject: string, signal?: AbortSignal) =>
      getResponse(
        handlers,
        new Request('http://localhost/api/v1/mails', {
          method: 'POST',
          headers,
          body: JSON.stringify({ subject }),
          ...(signal && { signal }),
        }),
      );
    emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', phase: 'after', drop: true, times: 1 });
    expect((await create('Dropped'))!.type).toBe('error');
    emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', phase: 'after', hang: true, times: 1 });
    const client = new AbortController();
    const held = create('Held', client.signal);
    await vi.waitFor(() => expect(emulator.snapshot().mails).toHaveLength(2));
    client.abort();
    expect((await held)!.type).toBe('error');
    const subjects = emulator.snapshot().mails.map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1]);
    expect(subjects.sort()).toEqual(['Dropped', 'Held']);
  });

  it('ticks on a background timer from the first request until the signal aborts', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const controller = new AbortController();
      const emulator = createBrowserEmulator({ seed: false });
      let ticks = 0;
      const counting = { ...emulator, tick: async () => void ticks++ };
      const handlers = createEmulatorHandlers(counting, { tickIntervalMs: 250, signal: controller.signal });
      await vi.advanceTimersByTimeAsync(1000);
      expect(ticks).toBe(0); // no timer before the first request
      await getResponse(handlers, new Request('http://localhost/api/'));
      expect(ticks).toBe(1); // the request's own tick
      await vi.advanceTimersByTimeAsync(1000);
      expect(ticks).toBe(5);
      controller.abort();
      await vi.advanceTimersByTimeAsync(1000);
      expect(ticks).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });
});
