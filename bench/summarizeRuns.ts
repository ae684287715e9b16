// The verdict of `pnpm bench`: each ratio as the median over independent runs (one run's p95 moves by 10-15 %).
import type { BenchResults } from './benchResults';
import { maxMountRatio, maxRatio } from './judgeBench';

export interface RatioOverRuns {
  perRun: (number | null)[];
  /** Median of the measured runs (the middle one of three); null when no run measured it. */
  median: number | null;
}

export interface RunsSummary {
  runs: number;
  typing1m: RatioOverRuns & { max: number; met: boolean | null };
  typing200k: RatioOverRuns;
  mount1m: RatioOverRuns & { max: number; met: boolean | null };
  mount200k: RatioOverRuns;
  /** Mount to the painted quote over bare Tiptap's, per size, and typing speed-up at 1 MB, for the README. */
  starterkitOverInkwellP95_1m: RatioOverRuns;
}

export function medianOf(values: readonly (number | null)[]): number | null {
  const measured = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (measured.length === 0) return null;
  const mid = Math.floor(measured.length / 2);
  const value =
    measured.length % 2 ? (measured[mid] as number) : ((measured[mid - 1] as number) + (measured[mid] as number)) / 2;
  return Math.round(value * 1000) / 1000;
}

const over = (values: (number | null)[]): RatioOverRuns => ({ perRun: values, median: medianOf(values) });

export function summarizeRuns(runs: readonly Pick<BenchResults, 'target'>[]): RunsSummary {
  const typing1m = over(runs.map((r) => r.target.ratio));
  const mount1m = over(runs.map((r) => r.target.mount.ratio));
  return {
    runs: runs.length,
    typing1m: { ...typing1m, max: maxRatio, met: typing1m.median === null ? null : typing1m.median <= maxRatio },
    typing200k: over(runs.map((r) => r.target.ratio200k)),
    mount1m: { ...mount1m, max: maxMountRatio, met: mount1m.median === null ? null : mount1m.median <= maxMountRatio },
    mount200k: over(runs.map((r) => r.target.mount.ratio200k)),
    starterkitOverInkwellP95_1m: over(runs.map((r) => r.target.starterkit.inkwellSpeedup1m)),
  };
}

/** Why the runs do not meet the targets, or [] when they do. */
export function summaryFailures(summary: RunsSummary): string[] {
  const failures: string[] = [];
  if (summary.typing1m.met === false) {
    failures.push(`typing target not met: median ratio ${summary.typing1m.median} > ${summary.typing1m.max}`);
  }
  if (summary.mount1m.met === false) {
    failures.push(`mount target not met: median ratio ${summary.mount1m.median} > ${summary.mount1m.max}`);
  }
  return failures;
}
