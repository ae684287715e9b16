// The human summary of a run: a Markdown table (pasteable into the README) and the verdict lines.
import type { BenchResults, CaseResult } from './benchResults';
import type { RatioOverRuns, RunsSummary } from './summarizeRuns';

const ms = (n: number | undefined | null) => (n === undefined || n === null ? '—' : n.toFixed(1));

function row(c: CaseResult): string {
  if (c.status !== 'measured' || !c.latency) {
    return `| ${c.editor} | ${c.size} | ${c.status}: ${c.message ?? ''} | | | | | | | | |`;
  }
  const t = c.tables ? `${c.tables.inQuote} / ${c.tables.serialized} / ${c.tables.rendered}` : '—';
  return `| ${c.editor} | ${c.size} | ${c.latency.count} | ${ms(c.latency.medianMs)} | ${ms(c.latency.p95Ms)} | ${ms(c.latency.meanMs)} | ${ms(c.latency.maxMs)} | ${ms(c.mount?.inputReadyMs)} | ${ms(c.mount?.quotePaintedMs)} | ${t} | ${c.typedTextLanded ? 'yes' : 'NO'} |`;
}

export function formatResults(results: BenchResults): string {
  const { target } = results;
  const lines = [
    '| editor | quote | keys | median ms | p95 ms | mean ms | max ms | mount: input ms | mount: quote painted ms | tables quote / serialized / on screen | keys landed |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...results.cases.map(row),
    '',
    `Target: ${target.rule}`,
    target.ratio === null
      ? '  not measured (see the inkwell rows above)'
      : `  ${ms(target.inkwell1mP95Ms)} / ${ms(target.inkwellEmptyP95Ms)} ms = ${target.ratio.toFixed(2)}× → ${target.met ? 'met' : 'not met'} in this run`,
    `Mount: ${target.mount.rule}`,
    target.mount.ratio === null
      ? '  not measured'
      : `  ${ms(target.mount.inkwell1mMs)} / ${ms(target.mount.starterkit1mMs)} ms = ${target.mount.ratio.toFixed(2)}× → ${target.mount.met ? 'met' : 'not met'} in this run` +
        (target.mount.ratio200k === null ? '' : ` (200 KB: ${target.mount.ratio200k.toFixed(2)}×)`),
    `Quote tables survive in our serialized HTML: ${target.tablesSurvive === null ? 'not measured' : target.tablesSurvive ? 'yes' : 'NO'}`,
    `200 KB quote: ${target.ratio200k === null ? 'not measured' : `${target.ratio200k.toFixed(2)}× our empty p95`}`,
    `StarterKit: 1 MB p95 ${ms(target.starterkit.p95_1mMs)} ms vs empty ${ms(target.starterkit.emptyP95Ms)} ms` +
      (target.starterkit.ratio === null ? '' : ` = ${target.starterkit.ratio.toFixed(2)}×`) +
      (target.starterkit.inkwellSpeedup1m === null
        ? ''
        : `; at 1 MB StarterKit's p95 is ${target.starterkit.inkwellSpeedup1m.toFixed(2)}× ours`),
    `${results.browser.product}, ${results.machine.cpus} × ${results.machine.cpuModel}, load ${results.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at start; ${results.durationS} s`,
  ];
  const costed = results.cases.filter((c) => c.typingCost);
  if (costed.length > 0) {
    lines.push(
      '',
      'Per measured key (page counters): task / script / layout ms; main-thread and renderer CPU ms; layouts; heap MB; machine busy cores (all processes)',
    );
    for (const c of costed) {
      const t = c.typingCost;
      if (!t) continue;
      lines.push(
        `  ${c.editor} / ${c.size}: ${[t.taskMs, t.scriptMs, t.layoutMs].map((n) => n.toFixed(2)).join(' / ')}; ${t.mainThreadCpuMs.toFixed(2)} / ${t.processCpuMs.toFixed(2)}; ${t.layoutCount}; ${t.heapUsedMB}; ${t.machineBusyCores ?? '—'}`,
      );
    }
  }
  for (const c of results.cases.filter((c) => c.profile)) {
    lines.push('', `CPU profile, ${c.editor} / ${c.size}, self time per key:`);
    for (const e of c.profile ?? []) lines.push(`  ${e.msPerKey.toFixed(3).padStart(7)} ms  ${e.frame}`);
  }
  for (const c of results.cases.filter((c) => c.mountProfile)) {
    lines.push('', `CPU profile of one mount, ${c.editor} / ${c.size}, self time (ms):`);
    for (const e of c.mountProfile ?? []) lines.push(`  ${e.msPerKey.toFixed(1).padStart(7)} ms  ${e.frame}`);
  }
  if (results.method.profiled)
    lines.push('', 'Profiled run: the profiler slows every key; do not compare these latencies.');
  const [load1] = results.machine.loadAverageAtStart;
  if (load1 !== undefined && load1 > results.machine.cpus) {
    lines.push(
      `Warning: load average ${load1.toFixed(1)} on ${results.machine.cpus} cores: other processes competed for the CPU, p95 is noisy.`,
    );
  }
  return lines.join('\n');
}

const ratio = (r: RatioOverRuns) =>
  `${r.perRun.map((v) => (v === null ? '—' : v.toFixed(2))).join(', ')} → median ${r.median === null ? '—' : `${r.median.toFixed(2)}×`}`;

/** The verdict over all runs, with the machine: what bench/README.md quotes. */
export function formatSummary(summary: RunsSummary, runs: readonly BenchResults[]): string {
  const first = runs[0];
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'MET' : 'NOT MET');
  return [
    `Over ${summary.runs} independent run(s) (per run, then the median):`,
    `  typing p95, inkwell 1 MB / inkwell empty: ${ratio(summary.typing1m)} (target ≤ ${summary.typing1m.max}: ${verdict(summary.typing1m.met)})`,
    `  typing p95, inkwell 200 KB / inkwell empty: ${ratio(summary.typing200k)}`,
    `  mount to the painted quote, inkwell 1 MB / bare Tiptap 1 MB: ${ratio(summary.mount1m)} (target ≤ ${summary.mount1m.max}: ${verdict(summary.mount1m.met)})`,
    `  mount to the painted quote, inkwell 200 KB / bare Tiptap 200 KB: ${ratio(summary.mount200k)}`,
    `  typing p95 at 1 MB, bare Tiptap / inkwell: ${ratio(summary.starterkitOverInkwellP95_1m)}`,
    first
      ? `Machine: ${first.machine.cpus} × ${first.machine.cpuModel}, ${first.machine.memoryGiB} GiB, ${first.browser.product}; load average ${runs.map((r) => r.machine.loadAverageAtStart[0]?.toFixed(2)).join(' / ')} at the start of each run`
      : 'No run completed.',
  ].join('\n');
}
