// Compares measured sizes with bench/size-budgets.json. Every failure names the figure, its size and the budget.
import type { SizeFigure } from './measureSizes';

export type SizeMetric = 'minified' | 'gzip' | 'brotli';

export interface SizeLimit {
  /** A figure id (see sizeEntries.ts). */
  readonly figure: string;
  /** `initial` (default): what loads before the first render; `lazy`: every lazy chunk together. */
  readonly part?: 'initial' | 'lazy';
  readonly metric: SizeMetric;
  /** At most this many bytes… */
  readonly max?: number;
  /** …or at most this many times another figure's initial size in the same metric. */
  readonly maxTimes?: number;
  readonly of?: string;
  readonly why: string;
}

export interface ForbiddenInput {
  /** Substring of an input path (relative to the repo root), e.g. `node_modules/temporal-polyfill/`. */
  readonly inputs: string;
  /** Only in these figures (default every figure): e.g. the sanitizer in the headless import, not in the window. */
  readonly figures?: readonly string[];
  readonly why: string;
}

export interface SizeBudgets {
  readonly limits: readonly SizeLimit[];
  /**
   * Targets not reached yet: reported as met or unmet by `pnpm bench size`, never failing the check. A goal that is
   * met becomes a limit, so it cannot be lost again.
   */
  readonly goals?: readonly SizeLimit[];
  /** Figures measured for comparison only (bare Tiptap, react-query): they need no budget. */
  readonly references?: readonly string[];
  /** Never in any figure's initial chunk. */
  readonly forbiddenInInitial: readonly ForbiddenInput[];
  /** Never anywhere in a production entry (every figure except published `testing` entries). */
  readonly forbiddenInProduction: readonly ForbiddenInput[];
}

export function formatBytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function partSize(figure: SizeFigure, part: 'initial' | 'lazy', metric: SizeMetric): number {
  return part === 'initial' ? figure.initial[metric] : figure.lazy.reduce((n, c) => n + c[metric], 0);
}

function limitFailure(limit: SizeLimit, byId: ReadonlyMap<string, SizeFigure>): string | undefined {
  const figure = byId.get(limit.figure);
  if (!figure) return `budget for "${limit.figure}": no such figure was measured`;
  const part = limit.part ?? 'initial';
  const size = partSize(figure, part, limit.metric);
  const name = `${limit.figure} (${part}, ${limit.metric})`;
  if (limit.max !== undefined && size > limit.max) {
    return `${name} is ${formatBytes(size)}, over its budget of ${formatBytes(limit.max)} (${limit.why})`;
  }
  if (limit.maxTimes !== undefined) {
    const base = limit.of === undefined ? undefined : byId.get(limit.of);
    if (!base) return `budget for "${limit.figure}": the figure it is relative to ("${limit.of}") was not measured`;
    const allowed = limit.maxTimes * base.initial[limit.metric];
    if (size > allowed) {
      const ratio = size / base.initial[limit.metric];
      return (
        `${name} is ${formatBytes(size)} = ${ratio.toFixed(3)} × ${limit.of}, over its budget of ` +
        `${limit.maxTimes} × ${limit.of} = ${formatBytes(allowed)} (${limit.why})`
      );
    }
  }
  return undefined;
}

/** Each goal with why it is not met yet (`failure`), or met. */
export function goalReport(
  figures: readonly SizeFigure[],
  budgets: SizeBudgets,
): { goal: SizeLimit; failure: string | undefined }[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return (budgets.goals ?? []).map((goal) => ({ goal, failure: limitFailure(goal, byId) }));
}

export function sizeFailures(figures: readonly SizeFigure[], budgets: SizeBudgets): string[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const failures: string[] = [];
  for (const limit of budgets.limits) {
    const failure = limitFailure(limit, byId);
    if (failure) failures.push(failure);
  }
  for (const figure of figures) {
    for (const rule of budgets.forbiddenInInitial) {
      if (rule.figures && !rule.figures.includes(figure.id)) continue;
      const found = figure.initial.inputs.find((i) => i.path.includes(rule.inputs));
      if (found) failures.push(`${figure.id}: ${found.path} is in the initial chunk (${rule.why})`);
    }
    if (figure.testing) continue;
    for (const rule of budgets.forbiddenInProduction) {
      const found = [...figure.initial.inputs, ...figure.lazy.flatMap((c) => c.inputs)].find((i) =>
        i.path.includes(rule.inputs),
      );
      if (found) failures.push(`${figure.id}: ${found.path} is in a production entry (${rule.why})`);
    }
  }
  return failures;
}

/** Figures no limit covers: reported, so a new entry does not pass unnoticed. */
export function unbudgetedFigures(figures: readonly SizeFigure[], budgets: SizeBudgets): string[] {
  const covered = new Set([...budgets.limits.map((l) => l.figure), ...(budgets.references ?? [])]);
  return figures.filter((f) => !covered.has(f.id)).map((f) => f.id);
}
