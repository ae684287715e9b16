#!/usr/bin/env node
// `axigen-emulator` / `pnpm --filter @inkwell/axigen-emulator start`: serve the emulator until Ctrl-C.
import { DEMO_ACCOUNTS } from './index';
import { HELP_TEXT, parseCliArgs } from './node/cli-args';
import { startEmulatorServer } from './node/server';

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(HELP_TEXT);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`axigen-emulator: ${parsed.message}\n\n${HELP_TEXT}`);
    return 2;
  }
  const { options } = parsed;
  const server = await startEmulatorServer(options);
  const lines = [
    `Axigen emulator (${options.serverVersion}) listening on ${server.url}`,
    `  API:           ${server.url}/api/v1`,
    `  Test controls: ${server.url}/__emulator/ (no authentication: keep it on loopback)`,
    options.dataDir ? `  State saved in ${options.dataDir}` : '  State kept in memory only (use --data DIR to keep it)',
    options.smtp ? `  Relaying delivered mail to ${redactPassword(options.smtp)}` : undefined,
    options.seed ? 'Demo logins:' : 'Demo logins (mailboxes empty, --no-seed):',
    ...DEMO_ACCOUNTS.map((account) => `  ${account.username}  password: ${account.password}`),
  ];
  if (!isLoopback(options.host)) {
    lines.push(`WARNING: listening on ${options.host}; anyone who can reach it can read and reset every mailbox.`);
  }
  process.stdout.write(`${lines.filter((line) => line !== undefined).join('\n')}\n`);

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.stdout.write(`\n${signal}: saving and shutting down…\n`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return url;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`axigen-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
