// Command-line flags of `axigen-emulator`, parsed without starting anything (so they can be tested).
import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  host: string;
  dataDir: string | undefined;
  smtp: string | undefined;
  seed: boolean;
  serverVersion: 'X5' | 'X4';
}

export const DEFAULT_PORT = 8025;

export const HELP_TEXT = `Usage: axigen-emulator [options]

A local emulator of the Axigen Mailbox compose API (/api/v1) with test controls under /__emulator/.

Options:
  --port <n>       Port to listen on; 0 picks a free one (default ${DEFAULT_PORT})
  --host <addr>    Interface to listen on (default 127.0.0.1). The test controls have no
                   authentication: do not expose the emulator beyond this machine.
  --data <dir>     Keep state in <dir>: loaded on start, saved after every change
  --smtp <url>     Relay delivered mail to an SMTP server, e.g. smtp://user:pass@localhost:1025
  --seed           Load the demo mailboxes into a fresh state (default)
  --no-seed        Start with empty mailboxes (the demo accounts still exist)
  --x4             Behave like Axigen X4 (10.4): send answers with an empty body, no undo
  -h, --help       Show this help
`;

export type CliParseResult =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export function parseCliArgs(argv: readonly string[]): CliParseResult {
  // `pnpm start -- --port 0` passes the `--` along; it separates nothing here.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        smtp: { type: 'string' },
        seed: { type: 'boolean' },
        'no-seed': { type: 'boolean' }, // Node 20's parseArgs has no allowNegative
        x4: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  let port = DEFAULT_PORT;
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) {
      return { kind: 'error', message: `--port must be a number from 0 to 65535, got "${values.port}"` };
    }
    port = Number(values.port);
  }
  if (values.seed && values['no-seed']) return { kind: 'error', message: '--seed and --no-seed contradict each other' };
  if (values.data === '') return { kind: 'error', message: '--data needs a directory' };
  return {
    kind: 'run',
    options: {
      port,
      host: values.host ?? '127.0.0.1',
      dataDir: values.data,
      smtp: values.smtp,
      seed: !values['no-seed'],
      serverVersion: values.x4 ? 'X4' : 'X5',
    },
  };
}
