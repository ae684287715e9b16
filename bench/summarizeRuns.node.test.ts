import type { BenchResults } from './benchResults';
import { medianOf, summarizeRuns, summaryFailures } from './summarizeRuns';

function run(typing: number | null, mount: number | null): Pick<BenchResults, 'target'> {
  return {
    target: {
      rule: 'r',
      inkwellEmptyP95Ms: 10,
      inkwell1mP95Ms: typing === null ? null : typing * 10,
      ratio: typing,
      met: typing === null ? null : typing <= 1.2,
      tablesSurvive: true,
      ratio200k: 1,
      mount: { rule: 'm', inkwell1mMs: null, starterkit1mMs: null, ratio: mount, met: null, ratio200k: null },
      starterkit: { emptyP95Ms: 10, p95_1mMs: 50, ratio: 5, inkwellSpeedup1m: 4 },
    },
  };
}

describe('medianOf', () => {
  it('takes the middle of an odd count, the mean of the middle two of an even count, ignoring unmeasured runs', () => {
    expect(medianOf([1.5, 1.1, 1.3])).toBe(1.3);
    expect(medianOf([1.1, 1.3])).toBe(1.2);
    expect(medianOf([null, 2, null])).toBe(2);
    expect(medianOf([null])).toBeNull();
  });
});

describe('summarizeRuns', () => {
  it('judges each target on the median over runs, so one noisy run neither passes nor fails it', () => {
    const summary = summarizeRuns([run(1.1, 0.5), run(1.9, 0.7), run(1.15, 0.6)]);
    expect(summary.typing1m).toEqual({ perRun: [1.1, 1.9, 1.15], median: 1.15, max: 1.2, met: true });
    expect(summary.mount1m).toEqual({ perRun: [0.5, 0.7, 0.6], median: 0.6, max: 0.65, met: true });
    expect(summaryFailures(summary)).toEqual([]);
  });

  it('fails a median just over a target and names it', () => {
    const summary = summarizeRuns([run(1.21, 0.66), run(1.25, 0.7), run(1.0, 0.5)]);
    expect(summaryFailures(summary)).toEqual([
      'typing target not met: median ratio 1.21 > 1.2',
      'mount target not met: median ratio 0.66 > 0.65',
    ]);
  });

  it('reports an unmeasured target as null, not as met', () => {
    const summary = summarizeRuns([run(null, null)]);
    expect(summary.typing1m.met).toBeNull();
    expect(summaryFailures(summary)).toEqual([]);
  });
});
