// `pnpm bench size [--check] [--inputs <figure>] [--out <file>] [--as-lazy <module>]`: bundle sizes, and with --check
// the budgets in bench/size-budgets.json (exit 1 naming each figure over its budget); --as-lazy tells what the figures
// would be if a module of ours loaded on demand. scripts/bench.mjs loads this file.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatInputs, formatSizes } from './formatSizes';
import { goalReport, sizeFailures, unbudgetedFigures, type SizeBudgets } from './judgeSizes';
import { asLazyName, measureSizes } from './measureSizes';
import { sizeEntries } from './sizeEntries';

export const BUDGETS_FILE = 'bench/size-budgets.json';

export async function readBudgets(root: string): Promise<SizeBudgets> {
  return JSON.parse(await readFile(path.join(root, BUDGETS_FILE), 'utf8')) as SizeBudgets;
}

interface SizeOptions {
  readonly check: boolean;
  readonly inputs: readonly string[];
  readonly asLazy: readonly string[];
  readonly out?: string;
}

const USAGE = 'use --check, --inputs <figure>, --out <file>, --as-lazy <module>';

export function parseSizeOptions(argv: readonly string[]): SizeOptions {
  let check = false;
  const inputs: string[] = [];
  const asLazy: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if ((arg === '--inputs' || arg === '--out' || arg === '--as-lazy') && argv[i + 1] !== undefined) {
      const value = argv[++i] as string;
      if (arg === '--inputs') inputs.push(value);
      else if (arg === '--as-lazy') asLazy.push(value);
      else out = value;
    } else throw new Error(`bench size: unknown option ${arg ?? ''} (${USAGE})`);
  }
  // Budgets judge what ships; a figure with modules left out is a question, not a result.
  if (asLazy.length && (check || out))
    throw new Error('bench size: --as-lazy cannot be combined with --check or --out');
  return { check, inputs, asLazy, ...(out ? { out } : {}) };
}

export async function main(argv: readonly string[], root: string): Promise<number> {
  let options;
  try {
    options = parseSizeOptions(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const leftOut = new Set<string>();
  const figures = await measureSizes(sizeEntries(root), root, {
    asLazy: options.asLazy,
    onLeftOut: (file) => leftOut.add(file),
  });
  const unused = options.asLazy.filter((file) => !leftOut.has(asLazyName(file)));
  if (unused.length) {
    console.error(`bench size: no figure imports ${unused.join(', ')} (give a path like packages/x/src/file)`);
    return 2;
  }
  if (options.asLazy.length) {
    console.log(`What if these loaded on demand (left out of every figure): ${options.asLazy.join(', ')}\n`);
  }
  console.log(formatSizes(figures));
  for (const id of options.inputs) {
    const figure = figures.find((f) => f.id === id);
    console.log(figure ? `\n${formatInputs(figure, 25)}` : `\nbench size: no figure "${id}"`);
  }
  // A what-if is not judged against the goals.
  if (options.asLazy.length) return 0;
  if (options.out) {
    await writeFile(path.resolve(root, options.out), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nSizes written to ${options.out}`);
  }
  const budgets = await readBudgets(root);
  const goals = goalReport(figures, budgets);
  if (goals.length) {
    console.log('\nGoals (reported, not enforced until met):');
    for (const { goal, failure } of goals) {
      console.log(failure ? `- not met: ${failure}` : `- met: ${goal.figure} (${goal.why}); make it a limit`);
    }
  }
  if (!options.check) return 0;
  const unbudgeted = unbudgetedFigures(figures, budgets);
  if (unbudgeted.length) console.log(`\nNo budget yet (add one to ${BUDGETS_FILE}): ${unbudgeted.join(', ')}`);
  const failures = sizeFailures(figures, budgets);
  for (const f of failures) console.error(`size budget: ${f}`);
  console.log(failures.length ? `\n${failures.length} size budget(s) exceeded` : '\nEvery size budget is met');
  return failures.length ? 1 : 0;
}
