// Order statistics of one case's per-key latencies. Percentiles by nearest rank: p95 of 200 samples is the 190th
// smallest, a value that was actually measured, never an interpolation between two.

export interface LatencyStats {
  count: number;
  minMs: number;
  medianMs: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile: no samples');
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be in (0, 100], got ${p}`);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1] as number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function summarizeLatencies(latencies: readonly number[]): LatencyStats {
  if (latencies.length === 0) throw new RangeError('summarizeLatencies: no samples');
  if (latencies.some((ms) => !Number.isFinite(ms) || ms < 0)) {
    throw new RangeError('summarizeLatencies: latencies must be finite and non-negative');
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    minMs: round(sorted[0] as number),
    medianMs: round(percentile(sorted, 50)),
    meanMs: round(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted[sorted.length - 1] as number),
  };
}
