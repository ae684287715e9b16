// `pnpm bench` options: `--runs 3 --mounts 5 --keys 400 --warmup 20 --rounds 8 --gap 50 --editor inkwell --size 1m --out file.json --profile`.
import { benchEditors, benchSizes, type BenchEditor, type BenchSize } from './app/benchCase';

export interface BenchOptions {
  /** Measured keys per case (after warm-up), at least 200 for a meaningful p95. */
  keys: number;
  /** Keys typed and discarded before measuring, per case. */
  warmup: number;
  /** The measured keys are split into this many rounds that visit every case in turn, so background load on a
   * shared machine spreads over all cases instead of landing on one. */
  rounds: number;
  /** Page loads per case whose mount is timed (median reported). */
  mounts: number;
  /** Independent runs (a fresh browser each); each ratio is reported as the median over runs. */
  runs: number;
  /** Pause between keys, in ms: a fast typist's cadence, so the work a key leaves behind can finish. */
  gapMs: number;
  editors: BenchEditor[];
  sizes: BenchSize[];
  /** Where results go; null to skip writing. A run limited by --editor/--size, or profiled, writes nothing unless
   * --out is given, so it never overwrites the committed full results. */
  out: string | null;
  /** Record a CPU profile of the measured keys and print where each case spends its time per key. The profiler
   * slows every key, and the page is built unminified so function names are readable. */
  profile: boolean;
}

export const defaultBenchOptions: BenchOptions = {
  keys: 400,
  warmup: 20,
  rounds: 8,
  gapMs: 50,
  mounts: 5,
  runs: 3,
  editors: [...benchEditors],
  sizes: [...benchSizes],
  out: 'bench/results.json',
  profile: false,
};

const usage =
  'usage: pnpm bench [--runs N] [--keys N≥200] [--warmup N] [--rounds N] [--gap ms] [--mounts N] [--editor inkwell|starterkit]… [--size empty|200k|1m]… [--out file|--no-out] [--profile]';

function integer(flag: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min) {
    throw new Error(
      `${flag} needs an integer ≥ ${min}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}\n${usage}`,
    );
  }
  return n;
}

const integerFlags = {
  '--keys': { key: 'keys', min: 200 },
  '--warmup': { key: 'warmup', min: 0 },
  '--rounds': { key: 'rounds', min: 1 },
  '--gap': { key: 'gapMs', min: 0 },
  '--mounts': { key: 'mounts', min: 1 },
  '--runs': { key: 'runs', min: 1 },
} as const satisfies Record<string, { key: keyof BenchOptions; min: number }>;

function oneOf<T extends string>(flag: string, list: readonly T[], value: string | undefined): T {
  if (value === undefined || !(list as readonly string[]).includes(value)) {
    throw new Error(
      `${flag} must be one of ${list.join(', ')}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}\n${usage}`,
    );
  }
  return value as T;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...defaultBenchOptions, editors: [], sizes: [] };
  let outGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    const integerFlag = integerFlags[flag as keyof typeof integerFlags];
    if (integerFlag) {
      options[integerFlag.key] = integer(flag, value, integerFlag.min);
      i++;
      continue;
    }
    switch (flag) {
      case '--editor':
        options.editors.push(oneOf(flag, benchEditors, value));
        i++;
        break;
      case '--size':
        options.sizes.push(oneOf(flag, benchSizes, value));
        i++;
        break;
      case '--out':
        if (!value || value.startsWith('--')) throw new Error(`--out needs a file path\n${usage}`);
        options.out = value;
        outGiven = true;
        i++;
        break;
      case '--profile':
        options.profile = true;
        break;
      case '--no-out':
        options.out = null;
        outGiven = true;
        break;
      default:
        throw new Error(`Unknown option ${JSON.stringify(flag)}\n${usage}`);
    }
  }
  if (!outGiven && (options.editors.length > 0 || options.sizes.length > 0 || options.profile)) options.out = null;
  options.editors = options.editors.length === 0 ? [...benchEditors] : [...new Set(options.editors)];
  options.sizes = options.sizes.length === 0 ? [...benchSizes] : [...new Set(options.sizes)];
  if (options.rounds > options.keys)
    throw new Error(`--rounds (${options.rounds}) cannot exceed --keys (${options.keys})`);
  return options;
}
