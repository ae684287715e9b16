import { percentile, summarizeLatencies } from './summarizeLatencies';

describe('percentile', () => {
  const sorted = Array.from({ length: 200 }, (_, i) => i + 1); // 1..200

  it('takes the nearest rank, a measured value', () => {
    expect(percentile(sorted, 95)).toBe(190);
    expect(percentile(sorted, 50)).toBe(100);
    expect(percentile(sorted, 100)).toBe(200);
    expect(percentile([4, 9, 30], 95)).toBe(30);
    expect(percentile([4, 9, 30], 50)).toBe(9);
  });

  it('rejects no samples and out-of-range percentiles', () => {
    expect(() => percentile([], 50)).toThrow('percentile: no samples');
    expect(() => percentile(sorted, 0)).toThrow('p must be in (0, 100], got 0');
    expect(() => percentile(sorted, 101)).toThrow('got 101');
  });
});

describe('summarizeLatencies', () => {
  it('sorts a copy and reports count, min, median, mean, p95 and max rounded to 0.01 ms', () => {
    const latencies = [30, 10.123, 20, 40, 1000];
    expect(summarizeLatencies(latencies)).toEqual({
      count: 5,
      minMs: 10.12,
      medianMs: 30,
      meanMs: 220.02,
      p95Ms: 1000,
      maxMs: 1000,
    });
    expect(latencies).toEqual([30, 10.123, 20, 40, 1000]);
  });

  it('p95 of 200 keys ignores the 10 slowest', () => {
    const latencies = [...Array.from({ length: 190 }, () => 12), ...Array.from({ length: 10 }, () => 99)];
    expect(summarizeLatencies(latencies).p95Ms).toBe(12);
    expect(summarizeLatencies([...latencies, 99]).p95Ms).toBe(99);
  });

  it('rejects empty, negative and non-finite samples', () => {
    expect(() => summarizeLatencies([])).toThrow('summarizeLatencies: no samples');
    expect(() => summarizeLatencies([1, -1])).toThrow('finite and non-negative');
    expect(() => summarizeLatencies([1, Number.NaN])).toThrow('finite and non-negative');
  });
});
