// The CLI as a user runs it: a child process, real flags, real signals.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/node/snapshot-file';
import { createDraft, loginBasic } from '../support/api';
import { spawnCli, waitForUrl, type CliProcess } from '../support/spawn-cli';

let cli: CliProcess | undefined;
const dirs: string[] = [];
afterEach(async () => {
  if (cli && cli.child.exitCode === null && cli.child.signalCode === null) {
    cli.child.kill('SIGKILL');
    await cli.exited;
  }
  cli = undefined;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

// Child processes start through tsx: allow for a loaded CI machine.
describe('axigen-emulator CLI', { timeout: 30_000 }, () => {
  it('serves the API on loopback, prints the URL and the demo logins, and stops cleanly on SIGTERM', async () => {
    cli = spawnCli(['--port', '0']);
    const url = await waitForUrl(cli);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/api/`);
    expect(await response.json()).toEqual({
      apiVersion: expect.stringMatching(/^1\./),
      serverVersion: expect.stringMatching(/^10\.5\./),
    });
    expect(cli.stdout()).toContain('alice@inkwell.test  password: wonderland');
    expect(cli.stdout()).toContain('bob@inkwell.test  password: builder');
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('--x4 behaves like Axigen 10.4', async () => {
    cli = spawnCli(['--port', '0', '--x4', '--no-seed']);
    const url = await waitForUrl(cli);
    expect(await (await fetch(`${url}/api/`)).json()).toMatchObject({
      serverVersion: expect.stringMatching(/^10\.4\./),
    });
    expect(cli.stdout()).toContain('(X4)');
  });

  it('saves state in --data and flushes it on SIGINT', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'axigen-emu-cli-'));
    dirs.push(dir);
    cli = spawnCli(['--port', '0', '--data', dir]);
    const url = await waitForUrl(cli);
    const draft = await createDraft(url, await loginBasic(url), { subject: 'kept' });
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
    const state = await readSnapshotFile(dir);
    expect(JSON.stringify(state)).toContain('Subject: kept');
    expect(draft.id).toEqual(expect.any(String));
  });

  it('prints help and exits 0 for --help', async () => {
    cli = spawnCli(['--help']);
    expect(await cli.exited).toBe(0);
    expect(cli.stdout()).toContain('Usage: axigen-emulator [options]');
  });

  it('explains a bad flag and exits 2', async () => {
    cli = spawnCli(['--port', 'abc']);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toContain('axigen-emulator: --port must be a number from 0 to 65535, got "abc"');
  });

  it('refuses a bad --smtp URL before listening', async () => {
    cli = spawnCli(['--port', '0', '--smtp', 'mail.example.test:25']);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr()).toContain('--smtp must use smtp:// or smtps://');
  });
});
