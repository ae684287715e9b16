// Helpers for this package's node tests: an emulator on a frozen clock and a tiny logged-in caller.
import type { Emulator, EmulatorOptions } from './types';
import { createEmulator } from './create-emulator';
import { composeWithNodemailer } from '../mime/nodemailer';
import { idBaseAt } from './state';

/** 2026-11-21 12:00 UTC: after every seed date. The real clock is frozen here; tests move the emulator clock. */
export const T0 = Date.UTC(2026, 10, 21, 12, 0, 0);
export const BASE = 'http://emulator.test';
/** The first new id (temporary attachments, processing ids, uids of new mails) of an emulator made at T0. */
export const FIRST_ID = idBaseAt(T0);

export function testEmulator(options: Partial<EmulatorOptions> = {}): Emulator {
  return createEmulator({ composeMime: composeWithNodemailer, now: () => T0, ...options });
}

export interface Caller {
  sessid: string;
  /** A request with the session headers. `body` objects are sent as JSON; strings/bytes as-is. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Same, expecting 200 and JSON. */
  json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
}

export function basic(user: string, password: string): string {
  return `Basic ${btoa(`${user}:${password}`)}`;
}

export function req(
  method: string,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string> } = {},
): Request {
  return new Request(BASE + path, { method, ...init });
}

export async function login(emulator: Emulator, user = 'alice@inkwell.test', password = 'wonderland'): Promise<Caller> {
  const authorization = basic(user, password);
  const res = await emulator.handle(req('POST', '/api/v1/login', { headers: { Authorization: authorization } }));
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const { sessid } = (await res.json()) as { sessid: string };
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const isJson =
      body !== undefined && !(typeof body === 'string') && !(body instanceof Uint8Array) && !(body instanceof FormData);
    return emulator.handle(
      req(method, path, {
        body: isJson ? JSON.stringify(body) : (body as BodyInit | undefined),
        headers: {
          Authorization: authorization,
          'X-Axigen-Session': sessid,
          ...(isJson ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
      }),
    );
  };
  return {
    sessid,
    request,
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await request(method, path, body);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return JSON.parse(text) as T;
    },
  };
}
