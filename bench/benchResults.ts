// The shape of bench/results.json.
import type { BenchEditor, BenchSize } from './app/benchCase';
import type { QuoteStats } from './app/benchPage';
import type { LatencyStats } from './summarizeLatencies';
import type { MountStats } from './summarizeMounts';
import type { ProfileEntry } from './summarizeProfile';
import type { TypingCost } from './typingCost';

export interface CaseResult {
  editor: BenchEditor;
  size: BenchSize;
  /** `unavailable`: the page could not mount this editor (reason in `message`); `error`: the run failed. */
  status: 'measured' | 'unavailable' | 'error';
  message?: string;
  /** Start of mounting to the first painted frame with the quote / accepting input, medians over page loads. */
  mount?: MountStats;
  latency?: LatencyStats;
  /** Median time the keydown waited before our listener ran. */
  inputDelayMedianMs?: number;
  /** Did every typed key land, in order, in the first paragraph? */
  typedTextLanded?: boolean;
  tables?: {
    /** `<table>` elements in the generated quote. */
    inQuote: number;
    /** In the editor's serialized HTML after typing. */
    serialized: number;
    /** On screen, shadow roots included. */
    rendered: number;
  };
  /** Requests to anything but the benchmark's own server (all blocked). */
  remoteRequests?: number;
  /** Light-DOM elements in the page after typing. */
  domElements?: number;
  /** With --profile: the most expensive functions while typing, self time per key (the slowest first). */
  profile?: ProfileEntry[];
  /** With --profile: the most expensive functions of one more mount (ms for that mount, includes generating the
   * quote and loading the page's script). */
  mountProfile?: ProfileEntry[];
  /** Where the measured keys' time went, per key (counters, not a profile: every run has them). */
  typingCost?: TypingCost;
  /** Every measured latency in ms, in typing order. */
  latenciesMs?: number[];
}

export interface TargetVerdict {
  rule: string;
  inkwellEmptyP95Ms: number | null;
  inkwell1mP95Ms: number | null;
  /** inkwell 1m p95 / inkwell empty p95. */
  ratio: number | null;
  /** null when not measured (editor unavailable or case not run). */
  met: boolean | null;
  /** The quote's tables all survive in our serialized HTML (null when not measured). */
  tablesSurvive: boolean | null;
  /** Same ratio for the 200 KB quote. */
  ratio200k: number | null;
  mount: {
    rule: string;
    /** Median over page loads, ms to the first frame with the quote painted. */
    inkwell1mMs: number | null;
    starterkit1mMs: number | null;
    /** inkwell 1m / starterkit 1m. */
    ratio: number | null;
    met: boolean | null;
    ratio200k: number | null;
  };
  starterkit: {
    emptyP95Ms: number | null;
    p95_1mMs: number | null;
    ratio: number | null;
    /** starterkit 1m p95 / inkwell 1m p95. */
    inkwellSpeedup1m: number | null;
  };
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    platform: string;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  /** What was measured: the commit, and whether packages/editor or packages/compose-core differed from it. */
  source: { commit: string | null; editorChanged: boolean | null };
  browser: { executable: string; product: string; headless: true; viewport: { width: number; height: number } };
  method: {
    measure: string;
    keysPerCase: number;
    warmupKeys: number;
    rounds: number;
    gapMs: number;
    /** Page loads per case whose mount was timed (the last one is typed into). */
    mountsPerCase: number;
    /** Latencies were recorded under the CPU profiler (slower). */
    profiled: boolean;
  };
  quotes: Partial<Record<Exclude<BenchSize, 'empty'>, QuoteStats>>;
  cases: CaseResult[];
  target: TargetVerdict;
  durationS: number;
}
