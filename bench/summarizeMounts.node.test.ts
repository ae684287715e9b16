import { summarizeMounts } from './summarizeMounts';

describe('summarizeMounts', () => {
  it('reports the median of each clock over the page loads, with every sample', () => {
    const stats = summarizeMounts([
      { inputReadyMs: 120.04, quotePaintedMs: 300 },
      { inputReadyMs: 100, quotePaintedMs: 500 },
      { inputReadyMs: 110, quotePaintedMs: 310 },
    ]);
    expect(stats).toMatchObject({ inputReadyMs: 110, quotePaintedMs: 310 });
    expect(stats?.samples[0]).toEqual({ inputReadyMs: 120, quotePaintedMs: 300 });
  });

  it('has no quote time for an empty body and nothing without samples', () => {
    expect(summarizeMounts([{ inputReadyMs: 50, quotePaintedMs: null }])?.quotePaintedMs).toBeNull();
    expect(summarizeMounts([])).toBeUndefined();
  });
});
