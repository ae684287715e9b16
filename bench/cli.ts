// `pnpm bench` (scripts/bench.mjs loads this through Vite's module runner): run, print, write results, exit code.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBenchOptions } from './benchOptions';
import { formatResults } from './formatResults';
import { benchFailures } from './judgeBench';
import { runTypingBench } from './runTypingBench';

export async function main(argv: readonly string[], root: string): Promise<number> {
  let options;
  try {
    options = parseBenchOptions(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  let results;
  try {
    results = await runTypingBench(options, (line) => console.log(line));
  } catch (error) {
    console.error(`bench: the run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
  console.log(`\n${formatResults(results)}\n`);
  if (options.out) {
    const out = path.resolve(root, options.out);
    await mkdir(path.dirname(out), { recursive: true });
    // Written whole then renamed: an interrupted run never leaves half a results file behind.
    await writeFile(`${out}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
    await rename(`${out}.tmp`, out);
    console.log(`Results written to ${path.relative(root, out)}`);
  }
  const failures = benchFailures(results);
  for (const f of failures) console.error(`bench: ${f}`);
  return failures.length === 0 ? 0 : 1;
}
