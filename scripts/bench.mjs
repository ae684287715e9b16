// `pnpm bench`: the typing and mount benchmark (bench/README.md). Not part of `pnpm test`: performance is measured
// here, never asserted with timers in tests. `pnpm bench size [--check]`: bundle sizes and their budgets.
// Both are TypeScript; Vite's module runner loads them on Node 20.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const size = args[0] === 'size';
const cli = size ? '../bench/size/sizeCli.ts' : '../bench/cli.ts';
const { module } = await runnerImport(fileURLToPath(new URL(cli, import.meta.url)), {
  configFile: false,
  logLevel: 'error',
  root,
});
process.exitCode = await module.main(size ? args.slice(1) : args, root);
