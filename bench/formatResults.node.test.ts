import type { BenchResults } from './benchResults';
import { formatResults } from './formatResults';
import { judgeBench } from './judgeBench';

const latency = (p95Ms: number) => ({ count: 200, minMs: 5, medianMs: 9, meanMs: 10, p95Ms, maxMs: 40 });

function results(cases: BenchResults['cases']): BenchResults {
  return {
    date: '2026-11-21T20:00:00.000Z',
    machine: {
      cpus: 2,
      cpuModel: 'Test CPU',
      memoryGiB: 8,
      platform: 'linux 6',
      node: 'v20.20.2',
      loadAverageAtStart: [1, 0.5, 0.25],
      loadAverageAtEnd: [1, 1, 1],
    },
    source: { commit: 'abc', editorChanged: false },
    browser: {
      executable: '/usr/bin/chromium',
      product: 'Chrome/156.0.8078.79',
      headless: true,
      viewport: { width: 1280, height: 800 },
    },
    method: { measure: 'm', keysPerCase: 200, warmupKeys: 20, rounds: 4, gapMs: 50, mountsPerCase: 3, profiled: false },
    quotes: {},
    cases,
    target: judgeBench(cases),
    durationS: 123,
  };
}

describe('formatResults', () => {
  it('prints one Markdown row per case and the verdict', () => {
    const text = formatResults(
      results([
        {
          editor: 'inkwell',
          size: 'empty',
          status: 'measured',
          latency: latency(16),
          mount: { inputReadyMs: 40, quotePaintedMs: null, samples: [] },
          typedTextLanded: true,
          tables: { inQuote: 0, serialized: 0, rendered: 0 },
        },
        {
          editor: 'inkwell',
          size: '1m',
          status: 'measured',
          latency: latency(17.6),
          mount: { inputReadyMs: 120, quotePaintedMs: 300, samples: [] },
          typedTextLanded: true,
          tables: { inQuote: 101, serialized: 101, rendered: 101 },
        },
        {
          editor: 'starterkit',
          size: '1m',
          status: 'measured',
          latency: latency(200),
          mount: { inputReadyMs: 880, quotePaintedMs: 900, samples: [] },
          typedTextLanded: false,
          tables: { inQuote: 101, serialized: 0, rendered: 0 },
        },
      ]),
    );
    expect(text.split('\n')).toEqual([
      '| editor | quote | keys | median ms | p95 ms | mean ms | max ms | mount: input ms | mount: quote painted ms | tables quote / serialized / on screen | keys landed |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|',
      '| inkwell | empty | 200 | 9.0 | 16.0 | 10.0 | 40.0 | 40.0 | — | 0 / 0 / 0 | yes |',
      '| inkwell | 1m | 200 | 9.0 | 17.6 | 10.0 | 40.0 | 120.0 | 300.0 | 101 / 101 / 101 | yes |',
      '| starterkit | 1m | 200 | 9.0 | 200.0 | 10.0 | 40.0 | 880.0 | 900.0 | 101 / 0 / 0 | NO |',
      '',
      'Target: inkwell p95 with the 1 MB quote ≤ 1.2 × inkwell p95 with an empty body',
      '  17.6 / 16.0 ms = 1.10× → met in this run',
      "Mount: inkwell mount with the 1 MB quote (to the painted quote) ≤ 0.65 × bare Tiptap's",
      '  300.0 / 900.0 ms = 0.33× → met in this run',
      'Quote tables survive in our serialized HTML: yes',
      '200 KB quote: not measured',
      "StarterKit: 1 MB p95 200.0 ms vs empty — ms; at 1 MB StarterKit's p95 is 11.36× ours",
      'Chrome/156.0.8078.79, 2 × Test CPU, load 1.00 0.50 0.25 at start; 123 s',
    ]);
  });

  it('shows unavailable cases and an unmeasured target', () => {
    const text = formatResults(
      results([{ editor: 'inkwell', size: 'empty', status: 'unavailable', message: 'no Composer' }]),
    );
    expect(text).toContain('| inkwell | empty | unavailable: no Composer | | | | | | | | |');
    expect(text).toContain('  not measured (see the inkwell rows above)');
    expect(text).toContain('Quote tables survive in our serialized HTML: not measured');
    expect(text).not.toContain('Warning');
  });

  it('prints the profile of profiled cases', () => {
    const profiled = results([
      {
        editor: 'inkwell',
        size: '1m',
        status: 'measured',
        latency: latency(20),
        typedTextLanded: true,
        profile: [
          { frame: 'serializeHtml (index.js:42)', msPerKey: 0.55 },
          { frame: '(garbage collector)', msPerKey: 0.333 },
        ],
      },
    ]);
    profiled.method.profiled = true;
    expect(formatResults(profiled).split('\n').slice(-6)).toEqual([
      '',
      'CPU profile, inkwell / 1m, self time per key:',
      '    0.550 ms  serializeHtml (index.js:42)',
      '    0.333 ms  (garbage collector)',
      '',
      'Profiled run: the profiler slows every key; do not compare these latencies.',
    ]);
  });

  it('prints where each case spent its typing time', () => {
    const text = formatResults(
      results([
        {
          editor: 'inkwell',
          size: '1m',
          status: 'measured',
          latency: latency(20),
          typedTextLanded: true,
          typingCost: {
            taskMs: 4.5,
            scriptMs: 1.25,
            layoutMs: 0.125,
            mainThreadCpuMs: 3.75,
            processCpuMs: 6,
            layoutCount: 1,
            heapUsedMB: 10.7,
            machineBusyCores: 0.22,
          },
        },
      ]),
    );
    expect(text.split('\n').slice(-3)).toEqual([
      '',
      'Per measured key (page counters): task / script / layout ms; main-thread and renderer CPU ms; layouts; heap MB; machine busy cores (all processes)',
      '  inkwell / 1m: 4.50 / 1.25 / 0.13; 3.75 / 6.00; 1; 10.7; 0.22',
    ]);
  });

  it('warns when the machine was busier than its cores', () => {
    const busy = results([]);
    busy.machine.loadAverageAtStart = [3.5, 1, 1];
    expect(formatResults(busy).split('\n').at(-1)).toBe(
      'Warning: load average 3.5 on 2 cores: other processes competed for the CPU, p95 is noisy.',
    );
  });
});
