// Where a case's typing time went, from counters that cost nothing to read (so every run has them, not only profiled
// ones): the renderer's own DevTools performance metrics and the machine's CPU counters, read before and after each
// round's measured keys. A slow run then says whether the page did more work per key (script, layout), used more
// CPU off its main thread (raster, garbage collection helpers), or shared the machine with something else.
import { readFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

export interface TypingCost {
  /** Per measured key, ms: main-thread tasks, and of them script and layout. (Chromium's style-recalculation
   * counters stay at zero for frames it renders itself, so they are not reported.) */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  /** Per measured key, ms of CPU: the renderer's main thread, and the whole renderer process (all its threads). */
  mainThreadCpuMs: number;
  processCpuMs: number;
  /** Layouts per key. */
  layoutCount: number;
  /** The page's JS heap after its last round, MB. */
  heapUsedMB: number;
  /** Share of the machine's CPU time busy while this case's keys were measured, in cores (null off Linux). */
  machineBusyCores: number | null;
}

const counters = [
  'TaskDuration',
  'ScriptDuration',
  'LayoutDuration',
  'ThreadTime',
  'ProcessTime',
  'LayoutCount',
  'JSHeapUsedSize',
] as const;
type Counter = (typeof counters)[number];
type Snapshot = { metrics: Record<Counter, number>; cpu: { busy: number; total: number } | null };

async function machineCpu(): Promise<{ busy: number; total: number } | null> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal …
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idle + iowait };
  } catch {
    return null;
  }
}

export interface TypingCostMeter {
  /** Call before a round's measured keys. */
  start(): Promise<void>;
  /** Call after them, with how many keys were measured. */
  stop(keys: number): Promise<void>;
  result(): TypingCost | null;
}

export async function createTypingCostMeter(page: Page, cpus: number): Promise<TypingCostMeter> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const totals = Object.fromEntries(counters.map((k) => [k, 0])) as Record<Counter, number>;
  let cpuBusy = 0;
  let cpuTotal = 0;
  let cpuKnown = true;
  let keys = 0;
  let heap = 0;
  let from: Snapshot | null = null;
  const snapshot = async (): Promise<Snapshot> => {
    const { metrics } = await session.send('Performance.getMetrics');
    const values = Object.fromEntries(counters.map((k) => [k, 0])) as Record<Counter, number>;
    for (const m of metrics) if ((counters as readonly string[]).includes(m.name)) values[m.name as Counter] = m.value;
    return { metrics: values, cpu: await machineCpu() };
  };
  return {
    async start() {
      from = await snapshot();
    },
    async stop(count) {
      if (!from) return;
      const to = await snapshot();
      for (const k of counters) totals[k] += to.metrics[k] - from.metrics[k];
      heap = to.metrics.JSHeapUsedSize;
      if (from.cpu && to.cpu) {
        cpuBusy += to.cpu.busy - from.cpu.busy;
        cpuTotal += to.cpu.total - from.cpu.total;
      } else cpuKnown = false;
      keys += count;
      from = null;
    },
    result() {
      if (keys === 0) return null;
      // Durations and CPU times are reported in seconds.
      const perKeyMs = (k: Counter) => Math.round((totals[k] / keys) * 1000 * 1000) / 1000;
      const perKey = (k: Counter) => Math.round((totals[k] / keys) * 100) / 100;
      return {
        taskMs: perKeyMs('TaskDuration'),
        scriptMs: perKeyMs('ScriptDuration'),
        layoutMs: perKeyMs('LayoutDuration'),
        mainThreadCpuMs: perKeyMs('ThreadTime'),
        processCpuMs: perKeyMs('ProcessTime'),
        layoutCount: perKey('LayoutCount'),
        heapUsedMB: Math.round((heap / 1e6) * 10) / 10,
        machineBusyCores: cpuKnown && cpuTotal > 0 ? Math.round((cpuBusy / cpuTotal) * cpus * 100) / 100 : null,
      };
    },
  };
}
