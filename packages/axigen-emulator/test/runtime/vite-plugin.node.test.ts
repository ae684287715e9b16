// The Vite plugin inside a real Vite dev server and a real `vite preview` server.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axigenEmulator } from '../../src/vite';
import { createDraft, loginBasic } from '../support/api';

let root: string;
let servers: (ViteDevServer | PreviewServer)[] = [];
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'axigen-emu-vite-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title><p>the app</p>');
});
afterEach(async () => {
  for (const server of servers) await server.close();
  servers = [];
  await rm(root, { recursive: true, force: true });
});

async function startDev(dataDir?: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [axigenEmulator(dataDir ? { dataDir } : {})],
  });
  servers.push(server);
  await server.listen();
  return `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
}

describe('axigenEmulator() in the Vite dev server', { timeout: 30_000 }, () => {
  it('answers /api/ and /__emulator/ and leaves every other path to Vite', async () => {
    const url = await startDev();
    const version = await fetch(`${url}/api/`);
    expect(version.status).toBe(200);
    expect(await version.json()).toMatchObject({ serverVersion: expect.stringMatching(/^10\.5\./) });

    const session = await loginBasic(url);
    const folders = await fetch(`${url}/api/v1/folders/?type=mails`, { headers: session.headers });
    expect(folders.status).toBe(200);
    const { items } = (await folders.json()) as { items: { role: string }[] };
    expect(items.map((folder) => folder.role)).toEqual(expect.arrayContaining(['inbox', 'drafts', 'sent', 'trash']));

    const clock = await fetch(`${url}/__emulator/clock`);
    expect(clock.status).toBe(200);
    expect(await clock.json()).toMatchObject({ now: expect.any(Number) });

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('the app');
  });

  it('answers the API without a session with 401, not with the app page', async () => {
    const url = await startDev();
    const response = await fetch(`${url}/api/v1/mails/send`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('keeps state in dataDir across a restart of the dev server', async () => {
    const dataDir = join(root, '.emulator');
    const first = await startDev(dataDir);
    const draft = await createDraft(first, await loginBasic(first), {
      subject: 'Survives restarts',
      to: 'bob@inkwell.test',
    });
    await servers.pop()!.close();

    const second = await startDev(dataDir);
    const session = await loginBasic(second);
    const response = await fetch(`${second}/api/v1/mails/${encodeURIComponent(draft.id)}`, {
      headers: session.headers,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: draft.id, subject: 'Survives restarts', isDraft: true });
  });
});

describe('axigenEmulator() in vite preview', { timeout: 30_000 }, () => {
  it('serves the API next to the built app', async () => {
    const outDir = join(root, 'dist');
    await mkdir(outDir);
    await writeFile(join(outDir, 'index.html'), '<!doctype html><title>built</title><p>built app</p>');
    const server = await preview({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      plugins: [axigenEmulator()],
    });
    servers.push(server);
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    expect(await (await fetch(`${url}/`)).text()).toContain('built app');
    const session = await loginBasic(url);
    const info = await fetch(`${url}/api/v1/account/info`, { headers: session.headers });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ accountName: 'alice', domainName: 'inkwell.test' });
  });
});
