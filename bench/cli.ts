// `pnpm bench` (scripts/bench.mjs loads this through Vite's module runner): `--runs` independent runs, each printed,
// then the ratios as medians over runs; writes the results and sets the exit code.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBenchOptions } from './benchOptions';
import type { BenchResults } from './benchResults';
import { formatResults, formatSummary } from './formatResults';
import { benchFailures } from './judgeBench';
import { runTypingBench } from './runTypingBench';
import { summarizeRuns, summaryFailures } from './summarizeRuns';

export async function main(argv: readonly string[], root: string): Promise<number> {
  let options;
  try {
    options = parseBenchOptions(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const runs: BenchResults[] = [];
  for (let run = 1; run <= options.runs; run++) {
    log(`Run ${run} of ${options.runs}`);
    try {
      const results = await runTypingBench(options, log);
      console.log(`\n${formatResults(results)}\n`);
      runs.push(results);
    } catch (error) {
      console.error(
        `bench: run ${run} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return 1;
    }
  }
  const summary = summarizeRuns(runs);
  console.log(`${formatSummary(summary, runs)}\n`);
  if (options.out) {
    const out = path.resolve(root, options.out);
    await mkdir(path.dirname(out), { recursive: true });
    // Written whole then renamed: an interrupted run never leaves half a results file behind.
    await writeFile(`${out}.tmp`, `${JSON.stringify({ summary, runs }, null, 2)}\n`);
    await rename(`${out}.tmp`, out);
    console.log(`Results written to ${path.relative(root, out)}`);
  }
  const failures = [
    ...runs.flatMap((r, i) => benchFailures(r).map((f) => `run ${i + 1}: ${f}`)),
    ...summaryFailures(summary),
  ];
  for (const f of failures) console.error(`bench: ${f}`);
  return failures.length === 0 ? 0 : 1;
}

const log = (line: string) => console.log(line);
