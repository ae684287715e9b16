// Runs the real CLI (src/cli.ts through tsx) as a child process, as `pnpm start` would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | NodeJS.Signals>;
}

export function spawnCli(args: string[]): CliProcess {
  // The source condition makes workspace imports resolve to src/, as in the dev setup.
  const child = spawn(process.execPath, ['--conditions=@inkwell/source', '--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: packageDir,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for the "listening on <url>" line and returns the URL; fails with the child's output if it exits first. */
export function waitForUrl(cli: CliProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(cli.stdout());
      if (match) {
        cli.child.stdout.off('data', check);
        resolve(match[1]!);
      }
    };
    cli.child.stdout.on('data', check);
    void cli.exited.then((code) =>
      reject(new Error(`CLI exited (${code}) before listening:\n${cli.stdout()}\n${cli.stderr()}`)),
    );
    check();
  });
}
