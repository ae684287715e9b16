// The human summary of a run: a Markdown table (pasteable into the README) and the verdict lines.
import type { BenchResults, CaseResult } from './benchResults';

const ms = (n: number | undefined | null) => (n === undefined || n === null ? '—' : n.toFixed(1));

function row(c: CaseResult): string {
  if (c.status !== 'measured' || !c.latency) {
    return `| ${c.editor} | ${c.size} | ${c.status}: ${c.message ?? ''} | | | | | | | |`;
  }
  const t = c.tables ? `${c.tables.inQuote} / ${c.tables.serialized} / ${c.tables.rendered}` : '—';
  return `| ${c.editor} | ${c.size} | ${c.latency.count} | ${ms(c.latency.medianMs)} | ${ms(c.latency.p95Ms)} | ${ms(c.latency.meanMs)} | ${ms(c.latency.maxMs)} | ${ms(c.mountMs)} | ${t} | ${c.typedTextLanded ? 'yes' : 'NO'} |`;
}

export function formatResults(results: BenchResults): string {
  const { target } = results;
  const lines = [
    '| editor | quote | keys | median ms | p95 ms | mean ms | max ms | mount ms | tables quote / serialized / on screen | keys landed |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|---|',
    ...results.cases.map(row),
    '',
    `Target: ${target.rule}`,
    target.ratio === null
      ? '  not measured (see the inkwell rows above)'
      : `  ${ms(target.inkwell1mP95Ms)} / ${ms(target.inkwellEmptyP95Ms)} ms = ${target.ratio.toFixed(2)}× → ${target.met ? 'MET' : 'NOT MET'}`,
    `Quote tables survive in our serialized HTML: ${target.tablesSurvive === null ? 'not measured' : target.tablesSurvive ? 'yes' : 'NO'}`,
    `200 KB quote: ${target.ratio200k === null ? 'not measured' : `${target.ratio200k.toFixed(2)}× our empty p95`}`,
    `StarterKit: 1 MB p95 ${ms(target.starterkit.p95_1mMs)} ms vs empty ${ms(target.starterkit.emptyP95Ms)} ms` +
      (target.starterkit.ratio === null ? '' : ` = ${target.starterkit.ratio.toFixed(2)}×`) +
      (target.starterkit.inkwellSpeedup1m === null
        ? ''
        : `; at 1 MB StarterKit's p95 is ${target.starterkit.inkwellSpeedup1m.toFixed(2)}× ours`),
    `${results.browser.product}, ${results.machine.cpus} × ${results.machine.cpuModel}, load ${results.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at start; ${results.durationS} s`,
  ];
  for (const c of results.cases.filter((c) => c.profile)) {
    lines.push('', `CPU profile, ${c.editor} / ${c.size}, self time per key:`);
    for (const e of c.profile ?? []) lines.push(`  ${e.msPerKey.toFixed(3).padStart(7)} ms  ${e.frame}`);
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
