// One case's mount times over several page loads: the median of each, and every sample.
import type { MountTimes } from './app/watchMount';
import { percentile } from './summarizeLatencies';

export interface MountStats {
  /** Median over the loads, ms from the start of mounting to the end of the first frame accepting input. */
  inputReadyMs: number;
  /** Median, ms to the end of the first frame with the quote painted; null for an empty body. */
  quotePaintedMs: number | null;
  samples: MountTimes[];
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (values: readonly number[]) =>
  round(
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ),
  );

export function summarizeMounts(samples: readonly MountTimes[]): MountStats | undefined {
  if (samples.length === 0) return undefined;
  const painted = samples.map((s) => s.quotePaintedMs).filter((ms): ms is number => ms !== null);
  return {
    inputReadyMs: median(samples.map((s) => s.inputReadyMs)),
    quotePaintedMs: painted.length === samples.length ? median(painted) : null,
    samples: samples.map((s) => ({
      inputReadyMs: round(s.inputReadyMs),
      quotePaintedMs: s.quotePaintedMs === null ? null : round(s.quotePaintedMs),
    })),
  };
}
