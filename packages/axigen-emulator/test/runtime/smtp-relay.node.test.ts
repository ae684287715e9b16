// The SMTP relay against a real (loopback) SMTP server.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpRelay, parseSmtpUrl, type SmtpRelay } from '../../src/node/smtp-relay';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const RAW = [
  'From: Alice Liddell <alice@inkwell.test>',
  'To: Bob Builder <bob@example.net>',
  'Subject: Relay me',
  'Message-ID: <relay-1@inkwell.test>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hello over SMTP.',
  '',
].join('\r\n');

let sink: SmtpSink | undefined;
let relay: SmtpRelay | undefined;
afterEach(async () => {
  await relay?.close();
  await sink?.close();
  relay = undefined;
  sink = undefined;
});

/** A port that nothing listens on (taken, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('createSmtpRelay', () => {
  it('relays the exact MIME with the envelope, Bcc recipients included, and records success', async () => {
    sink = await startSmtpSink();
    relay = createSmtpRelay(sink.url, { log: () => undefined });
    relay.relay({
      id: 'o1',
      raw: RAW,
      envelope: { from: 'alice@inkwell.test', to: ['bob@example.net', 'secret@example.org'] },
    });
    const [mail] = await sink.waitFor(1);
    expect(mail!.from).toBe('alice@inkwell.test');
    expect(mail!.to).toEqual(['bob@example.net', 'secret@example.org']);
    expect(mail!.raw.replace(/\r\n$/, '')).toBe(RAW.replace(/\r\n$/, ''));
    await relay.idle();
    expect(relay.statuses()).toEqual({
      o1: { state: 'relayed', attempts: 1, at: expect.any(String), response: expect.stringMatching(/^250/) },
    });
  });

  it('keeps a failed relay with its reason, logs it without the password, and can retry it later', async () => {
    const port = await freePort();
    const lines: string[] = [];
    relay = createSmtpRelay(`smtp://relay:secret@127.0.0.1:${port}`, { log: (line) => lines.push(line) });
    relay.relay({ id: 'o2', raw: RAW, envelope: { from: 'alice@inkwell.test', to: ['bob@example.net'] } });
    await relay.idle();
    expect(relay.statuses().o2).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: expect.stringContaining('ECONNREFUSED'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`relaying message o2 to smtp://127.0.0.1:${port} failed`);
    expect(lines[0]).not.toContain('secret');

    sink = await startSmtpSink({ port });
    const status = await relay.retry('o2');
    expect(status).toMatchObject({ state: 'relayed', attempts: 2 });
    expect(sink.received).toHaveLength(1);
    // A relayed message is never sent twice.
    expect(await relay.retry('o2')).toMatchObject({ state: 'relayed', attempts: 2 });
    expect(sink.received).toHaveLength(1);
  });

  it('records a rejected login as a failure', async () => {
    sink = await startSmtpSink();
    relay = createSmtpRelay(`smtp://relay:wrong@127.0.0.1:${sink.port}`, { log: () => undefined });
    relay.relay({ id: 'o3', raw: RAW, envelope: { from: 'alice@inkwell.test', to: ['bob@example.net'] } });
    await relay.idle();
    expect(relay.statuses().o3).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('Invalid username or password'),
    });
    expect(sink.received).toHaveLength(0);
  });

  it('rejects retry of an unknown message', async () => {
    relay = createSmtpRelay('smtp://127.0.0.1:1', { log: () => undefined });
    await expect(relay.retry('nope')).rejects.toThrow('No delivered message "nope" is known to the SMTP relay');
  });
});

describe('parseSmtpUrl', () => {
  it('accepts smtp and smtps URLs', () => {
    expect(parseSmtpUrl('smtp://u:p@localhost:1025').port).toBe('1025');
    expect(parseSmtpUrl('smtps://mail.example.test').hostname).toBe('mail.example.test');
  });
  it('explains what is wrong with a bad URL', () => {
    expect(() => parseSmtpUrl('localhost:25')).toThrow('--smtp must use smtp:// or smtps://, got "localhost://"');
    expect(() => parseSmtpUrl('not a url')).toThrow(
      '--smtp expects a URL like smtp://user:pass@host:587, got "not a url"',
    );
    expect(() => parseSmtpUrl('http://x')).toThrow('--smtp must use smtp:// or smtps://, got "http://"');
  });
});
