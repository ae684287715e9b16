import { goalReport, sizeFailures, unbudgetedFigures, type SizeBudgets } from './judgeSizes';
import type { SizeFigure } from './measureSizes';

function figure(id: string, gzip: number, inputs: readonly string[] = [], extra: Partial<SizeFigure> = {}): SizeFigure {
  return {
    id,
    label: id,
    testing: false,
    initial: {
      files: [`${id}.js`],
      minified: gzip * 3,
      gzip,
      brotli: gzip - 1,
      inputs: inputs.map((path) => ({ path, bytes: 100 })),
    },
    lazy: [],
    ...extra,
  };
}

const none: SizeBudgets = { limits: [], forbiddenInInitial: [], forbiddenInProduction: [] };

describe('sizeFailures', () => {
  it('passes a figure at its budget and fails one byte over, naming the figure, its size and the budget', () => {
    const budgets: SizeBudgets = {
      ...none,
      limits: [{ figure: 'headless', metric: 'gzip', max: 35000, why: 'issue' }],
    };
    expect(sizeFailures([figure('headless', 35000)], budgets)).toEqual([]);
    expect(sizeFailures([figure('headless', 35001)], budgets)).toEqual([
      'headless (initial, gzip) is 35.0 KB, over its budget of 35.0 KB (issue)',
    ]);
  });

  it('checks a budget relative to another figure', () => {
    const budgets: SizeBudgets = {
      ...none,
      limits: [{ figure: 'window', metric: 'gzip', maxTimes: 1.25, of: 'tiptap', why: 'ratio' }],
    };
    expect(sizeFailures([figure('window', 125_000), figure('tiptap', 100_000)], budgets)).toEqual([]);
    expect(sizeFailures([figure('window', 130_000), figure('tiptap', 100_000)], budgets)).toEqual([
      'window (initial, gzip) is 130.0 KB = 1.300 × tiptap, over its budget of 1.25 × tiptap = 125.0 KB (ratio)',
    ]);
  });

  it('sums the lazy chunks for a lazy budget', () => {
    const lazyChunk = { file: 'chunk.js', minified: 30, gzip: 600, brotli: 500, inputs: [] };
    const f = figure('core', 10, [], { lazy: [lazyChunk, { ...lazyChunk, file: 'other.js' }] });
    const budgets: SizeBudgets = {
      ...none,
      limits: [{ figure: 'core', part: 'lazy', metric: 'gzip', max: 1000, why: 'lazy' }],
    };
    expect(sizeFailures([f], budgets)).toEqual(['core (lazy, gzip) is 1.2 KB, over its budget of 1.0 KB (lazy)']);
  });

  it('fails a budget whose figure was not measured rather than passing it silently', () => {
    const budgets: SizeBudgets = { ...none, limits: [{ figure: 'gone', metric: 'gzip', max: 1, why: 'x' }] };
    expect(sizeFailures([], budgets)).toEqual(['budget for "gone": no such figure was measured']);
  });

  it('fails when a forbidden input is in an initial chunk, and not when it is only lazy', () => {
    const budgets: SizeBudgets = {
      ...none,
      forbiddenInInitial: [{ inputs: 'node_modules/temporal-polyfill/', why: 'lazy Temporal' }],
    };
    const temporal = 'node_modules/.pnpm/temporal-polyfill@1.0.8/node_modules/temporal-polyfill/index.js';
    expect(sizeFailures([figure('core', 10, [temporal])], budgets)).toEqual([
      `core: ${temporal} is in the initial chunk (lazy Temporal)`,
    ]);
    const lazy = figure('core', 10, [], {
      lazy: [{ file: 'x.js', minified: 1, gzip: 1, brotli: 1, inputs: [{ path: temporal, bytes: 1 }] }],
    });
    expect(sizeFailures([lazy], budgets)).toEqual([]);
  });

  it('holds a forbidden input to the figures it names, and to every figure without a list', () => {
    const budgets: SizeBudgets = {
      ...none,
      forbiddenInInitial: [{ inputs: 'node_modules/dompurify/', figures: ['headless'], why: 'replies only' }],
    };
    const purify = 'node_modules/.pnpm/dompurify@3.4.18/node_modules/dompurify/dist/purify.es.mjs';
    expect(sizeFailures([figure('headless', 10, [purify]), figure('window', 10, [purify])], budgets)).toEqual([
      `headless: ${purify} is in the initial chunk (replies only)`,
    ]);
  });

  it('fails test data anywhere in a production entry but allows it in a testing entry', () => {
    const budgets: SizeBudgets = { ...none, forbiddenInProduction: [{ inputs: '/hostileCorpus', why: 'test data' }] };
    const corpus = 'packages/compose-core/src/sanitize/hostileCorpus.ts';
    expect(sizeFailures([figure('core', 10, [corpus])], budgets)).toEqual([
      `core: ${corpus} is in a production entry (test data)`,
    ]);
    expect(sizeFailures([figure('core/testing', 10, [corpus], { testing: true })], budgets)).toEqual([]);
  });
});

describe('unbudgetedFigures', () => {
  it('lists figures that neither have a limit nor are references', () => {
    const budgets: SizeBudgets = {
      ...none,
      limits: [{ figure: 'a', metric: 'gzip', max: 1, why: 'x' }],
      references: ['ref'],
    };
    expect(unbudgetedFigures([figure('a', 1), figure('ref', 1), figure('new', 1)], budgets)).toEqual(['new']);
  });
});

describe('goalReport', () => {
  it('reports goals as met or not without making them failures', () => {
    const budgets: SizeBudgets = {
      ...none,
      goals: [
        { figure: 'headless', metric: 'gzip', max: 35000, why: 'target' },
        { figure: 'window', metric: 'gzip', maxTimes: 1.25, of: 'tiptap', why: 'ratio' },
      ],
    };
    const figures = [figure('headless', 58000), figure('window', 120_000), figure('tiptap', 100_000)];
    expect(sizeFailures(figures, budgets)).toEqual([]);
    expect(goalReport(figures, budgets).map((g) => g.failure)).toEqual([
      'headless (initial, gzip) is 58.0 KB, over its budget of 35.0 KB (target)',
      undefined,
    ]);
  });
});
