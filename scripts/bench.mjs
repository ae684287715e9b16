// `pnpm bench`: the typing-latency benchmark (bench/README.md). Not part of `pnpm test`: performance is measured
// here, never asserted with timers in tests. The benchmark is TypeScript; Vite's module runner loads it on Node 20.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('../bench/cli.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'error',
  root,
});
process.exitCode = await module.main(process.argv.slice(2), root);
