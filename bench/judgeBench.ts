// The claim the benchmark exists to check: with a 1 MB quote our p95 stays within 1.2× of our own empty-body p95.
import type { BenchResults, CaseResult, TargetVerdict } from './benchResults';
import type { BenchEditor, BenchSize } from './app/benchCase';

export const maxRatio = 1.2;
/** Our mount with the 1 MB quote, to the painted quote, at most this times bare Tiptap's mount of the same HTML. */
export const maxMountRatio = 0.65;

const round = (n: number) => Math.round(n * 1000) / 1000;
const ratioOf = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : round(a / b));

export function judgeBench(cases: readonly CaseResult[]): TargetVerdict {
  const p95 = (editor: BenchEditor, size: BenchSize) =>
    cases.find((c) => c.editor === editor && c.size === size && c.status === 'measured')?.latency?.p95Ms ?? null;
  const inkwellEmpty = p95('inkwell', 'empty');
  const inkwell1m = p95('inkwell', '1m');
  const ratio = ratioOf(inkwell1m, inkwellEmpty);
  const ourQuoted = cases.filter((c) => c.editor === 'inkwell' && c.size !== 'empty' && c.tables);
  const painted = (editor: BenchEditor, size: BenchSize) =>
    cases.find((c) => c.editor === editor && c.size === size && c.status === 'measured')?.mount?.quotePaintedMs ?? null;
  const mountRatio = ratioOf(painted('inkwell', '1m'), painted('starterkit', '1m'));
  const starterkitEmpty = p95('starterkit', 'empty');
  const starterkit1m = p95('starterkit', '1m');
  return {
    rule: `inkwell p95 with the 1 MB quote ≤ ${maxRatio} × inkwell p95 with an empty body`,
    inkwellEmptyP95Ms: inkwellEmpty,
    inkwell1mP95Ms: inkwell1m,
    ratio,
    met: ratio === null ? null : ratio <= maxRatio,
    tablesSurvive:
      ourQuoted.length === 0 ? null : ourQuoted.every((c) => c.tables && c.tables.serialized === c.tables.inQuote),
    ratio200k: ratioOf(p95('inkwell', '200k'), inkwellEmpty),
    mount: {
      rule: `inkwell mount with the 1 MB quote (to the painted quote) ≤ ${maxMountRatio} × bare Tiptap's`,
      inkwell1mMs: painted('inkwell', '1m'),
      starterkit1mMs: painted('starterkit', '1m'),
      ratio: mountRatio,
      met: mountRatio === null ? null : mountRatio <= maxMountRatio,
      ratio200k: ratioOf(painted('inkwell', '200k'), painted('starterkit', '200k')),
    },
    starterkit: {
      emptyP95Ms: starterkitEmpty,
      p95_1mMs: starterkit1m,
      ratio: ratioOf(starterkit1m, starterkitEmpty),
      inkwellSpeedup1m: ratioOf(starterkit1m, inkwell1m),
    },
  };
}

/** Why a run does not count, or [] when it does: every case measured, every key landed, the quote's tables
 * survived. The targets are judged on the median over runs (summarizeRuns.ts), not here. */
export function benchFailures(results: Pick<BenchResults, 'cases' | 'target'>): string[] {
  const failures: string[] = [];
  for (const c of results.cases) {
    if (c.status !== 'measured') {
      failures.push(`${c.editor} / ${c.size}: ${c.status}${c.message ? ` (${c.message})` : ''}`);
    } else if (!c.typedTextLanded) {
      failures.push(`${c.editor} / ${c.size}: typed keys did not all land (${c.message ?? 'no detail'})`);
    }
  }
  if (results.target.tablesSurvive === false) failures.push('the quote lost tables in our serialized HTML');
  return failures;
}
