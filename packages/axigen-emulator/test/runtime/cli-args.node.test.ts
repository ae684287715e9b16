import { describe, expect, it } from 'vitest';
import { HELP_TEXT, parseCliArgs } from '../../src/node/cli-args';

describe('parseCliArgs', () => {
  it('defaults to loopback on 8025, seeded, X5, in memory, no relay', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'run',
      options: { port: 8025, host: '127.0.0.1', dataDir: undefined, smtp: undefined, seed: true, serverVersion: 'X5' },
    });
  });

  it('reads every flag', () => {
    expect(
      parseCliArgs([
        '--port',
        '0',
        '--host',
        '::1',
        '--data',
        './state',
        '--smtp',
        'smtp://u:p@localhost:1025',
        '--no-seed',
        '--x4',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        port: 0,
        host: '::1',
        dataDir: './state',
        smtp: 'smtp://u:p@localhost:1025',
        seed: false,
        serverVersion: 'X4',
      },
    });
    expect(parseCliArgs(['--port=9000', '--seed'])).toMatchObject({ kind: 'run', options: { port: 9000, seed: true } });
  });

  it('ignores the leading -- that `pnpm start -- …` passes along', () => {
    expect(parseCliArgs(['--', '--port', '0', '--x4'])).toMatchObject({
      kind: 'run',
      options: { port: 0, serverVersion: 'X4' },
    });
  });

  it('asks for help with --help and -h', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    expect(HELP_TEXT).toContain('--data <dir>');
    expect(HELP_TEXT).toContain('--no-seed');
  });

  it('rejects bad input with a clear message', () => {
    expect(parseCliArgs(['--port', 'eighty'])).toEqual({
      kind: 'error',
      message: '--port must be a number from 0 to 65535, got "eighty"',
    });
    expect(parseCliArgs(['--port', '70000'])).toEqual({
      kind: 'error',
      message: '--port must be a number from 0 to 65535, got "70000"',
    });
    expect(parseCliArgs(['--seed', '--no-seed'])).toEqual({
      kind: 'error',
      message: '--seed and --no-seed contradict each other',
    });
    expect(parseCliArgs(['--frobnicate'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining("'--frobnicate'"),
    });
    expect(parseCliArgs(['--data'])).toMatchObject({ kind: 'error' });
  });
});
