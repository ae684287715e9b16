// `--data` under SIGKILL: the file always loads, and every request that got an answer survives.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../src/node/server';
import { readSnapshotFile, SNAPSHOT_FILE_NAME } from '../../src/node/snapshot-file';
import { createDraft, loginBasic } from '../support/api';
import { spawnCli, waitForUrl, type CliProcess } from '../support/spawn-cli';

let cli: CliProcess | undefined;
let server: EmulatorServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  if (cli && cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
  await cli?.exited;
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  cli = server = dir = undefined;
});

describe('persistence when the process is killed', { timeout: 60_000 }, () => {
  it('loses at most the requests in flight when SIGKILLed in the middle of a write burst', async () => {
    dir = await mkdtemp(join(tmpdir(), 'axigen-emu-kill-'));
    cli = spawnCli(['--port', '0', '--data', dir]);
    const url = await waitForUrl(cli);
    const session = await loginBasic(url);

    // Four clients create drafts back to back; the kill lands once 40 have been answered, while others are in flight.
    const answered: string[] = [];
    const KILL_AFTER = 40;
    let killed = false;
    const worker = async (w: number) => {
      for (let i = 0; i < 50 && !killed; i++) {
        try {
          const { id } = await createDraft(url, session, { subject: `w${w}-${i}`, bodyText: 'x'.repeat(2000) });
          answered.push(id);
          if (answered.length >= KILL_AFTER && !killed) {
            killed = true;
            cli!.child.kill('SIGKILL');
          }
        } catch {
          return; // the connection died with the process
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(worker));
    expect(await cli.exited).toBe('SIGKILL');
    expect(answered.length).toBeGreaterThanOrEqual(KILL_AFTER);

    // The file loads (no half-written JSON), and a restarted server has every answered draft.
    await expect(readSnapshotFile(dir)).resolves.toBeDefined();
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    server = await startEmulatorServer({ dataDir: dir });
    const again = await loginBasic(server.url);
    const statuses = await Promise.all(
      answered.map(
        async (id) =>
          (await fetch(`${server!.url}/api/v1/mails/${encodeURIComponent(id)}`, { headers: again.headers })).status,
      ),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(await readdir(dir)).toContain(SNAPSHOT_FILE_NAME);
  });
});
