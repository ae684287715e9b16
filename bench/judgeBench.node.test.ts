import type { BenchEditor, BenchSize } from './app/benchCase';
import type { CaseResult } from './benchResults';
import { benchFailures, judgeBench } from './judgeBench';

const measured = (editor: BenchEditor, size: BenchSize, p95Ms: number, tables?: CaseResult['tables']): CaseResult => ({
  editor,
  size,
  status: 'measured',
  typedTextLanded: true,
  latency: { count: 200, minMs: 1, medianMs: p95Ms / 2, meanMs: p95Ms / 2, p95Ms, maxMs: p95Ms * 2 },
  ...(tables ? { tables } : {}),
});

const tables = (inQuote: number, serialized: number) => ({ inQuote, serialized, rendered: serialized });

describe('judgeBench', () => {
  const cases = [
    measured('inkwell', 'empty', 10, tables(0, 0)),
    measured('inkwell', '200k', 10.5, tables(16, 16)),
    measured('inkwell', '1m', 12, tables(101, 101)),
    measured('starterkit', 'empty', 16),
    measured('starterkit', '1m', 48),
  ];

  it('meets the target at exactly 1.2× and reports the comparisons', () => {
    expect(judgeBench(cases)).toEqual({
      rule: 'inkwell p95 with the 1 MB quote ≤ 1.2 × inkwell p95 with an empty body',
      inkwellEmptyP95Ms: 10,
      inkwell1mP95Ms: 12,
      ratio: 1.2,
      met: true,
      tablesSurvive: true,
      ratio200k: 1.05,
      mount: {
        rule: "inkwell mount with the 1 MB quote (to the painted quote) ≤ 0.65 × bare Tiptap's",
        inkwell1mMs: null,
        starterkit1mMs: null,
        ratio: null,
        met: null,
        ratio200k: null,
      },
      starterkit: { emptyP95Ms: 16, p95_1mMs: 48, ratio: 3, inkwellSpeedup1m: 4 },
    });
  });

  it('fails the target just above 1.2×', () => {
    const slower = cases.map((c) =>
      c.editor === 'inkwell' && c.size === '1m' ? measured('inkwell', '1m', 12.01, tables(101, 101)) : c,
    );
    expect(judgeBench(slower)).toMatchObject({ ratio: 1.201, met: false });
  });

  it('judges the mount to the painted quote against bare Tiptap, met at exactly 0.65×', () => {
    const withMount = (c: CaseResult, quotePaintedMs: number): CaseResult => ({
      ...c,
      mount: { inputReadyMs: 1, quotePaintedMs, samples: [] },
    });
    const mounted = (inkwellMs: number) =>
      cases.map((c) => (c.size !== '1m' ? c : withMount(c, c.editor === 'inkwell' ? inkwellMs : 1000)));
    expect(judgeBench(mounted(650)).mount).toMatchObject({
      inkwell1mMs: 650,
      starterkit1mMs: 1000,
      ratio: 0.65,
      met: true,
    });
    expect(judgeBench(mounted(651)).mount).toMatchObject({ ratio: 0.651, met: false });
  });

  it('notices a quote that lost tables', () => {
    const lossy = cases.map((c) =>
      c.editor === 'inkwell' && c.size === '200k' ? measured('inkwell', '200k', 10, tables(16, 0)) : c,
    );
    expect(judgeBench(lossy).tablesSurvive).toBe(false);
  });

  it('says "not measured" (null) rather than pass or fail when our editor did not run', () => {
    const verdict = judgeBench([
      { editor: 'inkwell', size: 'empty', status: 'unavailable', message: 'no Composer' },
      { editor: 'inkwell', size: '1m', status: 'unavailable', message: 'no Composer' },
      measured('starterkit', 'empty', 16),
    ]);
    expect(verdict).toMatchObject({ ratio: null, met: null, tablesSurvive: null, ratio200k: null });
    expect(verdict.starterkit).toEqual({ emptyP95Ms: 16, p95_1mMs: null, ratio: null, inkwellSpeedup1m: null });
  });
});

describe('benchFailures', () => {
  it('is empty for a complete run that meets the target', () => {
    const all = [measured('inkwell', 'empty', 10, tables(0, 0)), measured('inkwell', '1m', 11, tables(5, 5))];
    expect(benchFailures({ cases: all, target: judgeBench(all) })).toEqual([]);
  });

  it('lists unmeasured cases, lost keys and lost tables (targets are judged over runs)', () => {
    const all: CaseResult[] = [
      { editor: 'inkwell', size: '200k', status: 'error', message: 'boom' },
      { ...measured('starterkit', 'empty', 10), typedTextLanded: false, message: 'first paragraph holds "x"' },
      measured('inkwell', 'empty', 10, tables(0, 0)),
      measured('inkwell', '1m', 13, tables(5, 4)),
    ];
    expect(benchFailures({ cases: all, target: judgeBench(all) })).toEqual([
      'inkwell / 200k: error (boom)',
      'starterkit / empty: typed keys did not all land (first paragraph holds "x")',
      'the quote lost tables in our serialized HTML',
    ]);
  });
});
