// Builds the benchmark page for production, serves it on loopback, and types into each editor × quote size in
// Debian's headless chromium: real key presses through the DevTools input pipeline, one at a time, each one timed
// in the page from keydown to the next painted frame (see app/installLatencyProbe.ts for the method).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import type { BenchEditor, BenchSize } from './app/benchCase';
import type { QuoteStats } from './app/benchPage';
import type { MountTimes } from './app/watchMount';
import type { BenchOptions } from './benchOptions';
import { buildBenchPage } from './buildBenchPage';
import type { BenchResults, CaseResult } from './benchResults';
import { judgeBench } from './judgeBench';
import { summarizeLatencies } from './summarizeLatencies';
import { summarizeMounts } from './summarizeMounts';
import { summarizeProfile } from './summarizeProfile';
import { createTypingCostMeter, type TypingCostMeter } from './typingCost';

const appConfig = fileURLToPath(new URL('./app/vite.config.ts', import.meta.url));
const viewport = { width: 1280, height: 800 };
/** What gets typed: lowercase words and single spaces, no leading space, so the expected text is exact. */
const typingText = 'thanks for the update see my notes below and let me know what you think ';
/** Keys typed and discarded after switching to a case in later rounds: the first frame after a tab switch is slow. */
const rewarmKeys = 3;
const keyTimeoutMs = 10_000;

export const measureMethod =
  'keydown event.timeStamp → requestAnimationFrame → MessageChannel task after that frame (performance.now()), one key at a time';

interface RunningCase {
  editor: BenchEditor;
  size: BenchSize;
  page: Page;
  typed: string;
  samplesSeen: number;
  latencies: number[];
  inputDelays: number[];
  remoteRequests: number;
  result: CaseResult;
  /** With --profile: the DevTools session recording, and the key count when it started. */
  profiler?: { session: CDPSession; fromKey: number };
  /** Counters read around each round's measured keys (typingCost.ts). */
  cost?: TypingCostMeter;
}

async function startProfiling(c: RunningCase) {
  const session = await c.page.context().newCDPSession(c.page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  c.profiler = { session, fromKey: c.samplesSeen };
}

/** One more page load under the CPU profiler: where the mount spends its time (ms per mount). */
async function profileMount(page: Page, origin: string, editor: BenchEditor, size: BenchSize) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await page.goto(`${origin}/index.html?editor=${editor}&size=${size}`);
  await page.waitForFunction(() => window.__inkwellBench && window.__inkwellBench.status !== 'loading', null, {
    timeout: 180_000,
    polling: 100,
  });
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  return summarizeProfile(profile, 1, 25);
}

const isLocal = (url: URL) =>
  url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:' || url.protocol === 'about:';

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const timeout = sleep(ms, undefined, { ref: false }).then(() => {
    throw new Error(`${what}: no answer within ${ms / 1000} s`);
  });
  return Promise.race([promise, timeout]);
}

/** Types `count` keys into a case and returns the samples they produced. */
async function typeKeys(c: RunningCase, count: number, gapMs: number) {
  const from = c.samplesSeen;
  for (let i = 0; i < count; i++) {
    const char = typingText[c.typed.length % typingText.length] as string;
    await c.page.keyboard.type(char);
    c.typed += char;
    c.samplesSeen++;
    await withTimeout(
      c.page.evaluate((n) => window.__inkwellBench?.waitForSamples(n), c.samplesSeen),
      keyTimeoutMs,
      `key ${JSON.stringify(char)} (#${c.samplesSeen}) produced no painted frame`,
    );
    if (gapMs > 0) await sleep(gapMs);
  }
  return c.page.evaluate((n) => window.__inkwellBench?.samples.slice(n) ?? [], from);
}

/** Opens a case's page, mounts it `mountCount` times, and leaves the last mount open for typing. */
async function openCase(
  context: BrowserContext,
  origin: string,
  editor: BenchEditor,
  size: BenchSize,
  mountCount: number,
  profile: boolean,
): Promise<{ running?: RunningCase; result: CaseResult; quote: QuoteStats | null }> {
  const page = await context.newPage();
  const running: RunningCase = {
    editor,
    size,
    page,
    typed: '',
    samplesSeen: 0,
    latencies: [],
    inputDelays: [],
    remoteRequests: 0,
    result: { editor, size, status: 'measured' },
  };
  // Nothing may leave the machine: a remote image fetched mid-run would add noise, and the quote's are placeholders.
  await page.route(
    (url) => !isLocal(url),
    (route) => {
      running.remoteRequests++;
      return route.abort('blockedbyclient');
    },
  );
  // Mounted `mounts` times (a fresh page load each); the last load is the one typed into.
  const mounts: MountTimes[] = [];
  let state: { status?: string; message?: string; mount?: MountTimes; quote: QuoteStats | null } = { quote: null };
  for (let i = 0; i < mountCount; i++) {
    await page.goto(`${origin}/index.html?editor=${editor}&size=${size}`);
    await page.waitForFunction(() => window.__inkwellBench && window.__inkwellBench.status !== 'loading', null, {
      timeout: 180_000,
      polling: 100,
    });
    state = await page.evaluate(() => {
      const b = window.__inkwellBench;
      return { status: b?.status, message: b?.message, mount: b?.mount, quote: b?.quote ?? null };
    });
    if (state.status !== 'ready' || !state.mount) break;
    mounts.push(state.mount);
  }
  if (state.status !== 'ready' || !state.mount) {
    await page.close();
    return {
      result: {
        editor,
        size,
        status: state.status === 'unavailable' ? 'unavailable' : 'error',
        message: state.message ?? 'the page reported no mount times',
      },
      quote: state.quote,
    };
  }
  if (profile) running.result.mountProfile = await profileMount(page, origin, editor, size);
  running.result.mount = summarizeMounts(mounts);
  running.cost = await createTypingCostMeter(page, os.cpus().length);
  if (!(await page.evaluate(() => window.__inkwellBench?.placeCaret() ?? false))) {
    await page.close();
    return {
      result: { editor, size, status: 'error', message: 'no first paragraph to type into' },
      quote: state.quote,
    };
  }
  return { running, result: running.result, quote: state.quote };
}

/** After typing: did every key land, and did the quote's tables survive? */
async function verifyCase(c: RunningCase, quote: QuoteStats | null) {
  const lastWord = c.typed.trim().split(' ').pop() ?? '';
  // The serialized HTML may be produced a little after the last key (e.g. a debounced onChange).
  await c.page
    .waitForFunction((word) => window.__inkwellBench?.serializedHtml().includes(word), lastWord, { timeout: 5_000 })
    .catch(() => undefined);
  const seen = await c.page.evaluate(() => {
    const b = window.__inkwellBench;
    return {
      text: b?.firstParagraphText() ?? '',
      html: b?.serializedHtml() ?? '',
      rendered: b?.renderedTables() ?? 0,
      domElements: document.getElementsByTagName('*').length,
    };
  });
  c.result.typedTextLanded = seen.text.replace(/\u00a0/g, ' ') === c.typed;
  if (!c.result.typedTextLanded) {
    c.result.message = `first paragraph holds ${JSON.stringify(seen.text.slice(0, 80))}, expected ${JSON.stringify(c.typed.slice(0, 80))}`;
  }
  c.result.tables = {
    inQuote: quote?.tables ?? 0,
    serialized: seen.html.match(/<table\b/g)?.length ?? 0,
    rendered: seen.rendered,
  };
  c.result.domElements = seen.domElements;
}

/** The commit under test, and whether the editor or compose-core sources differ from it; null when git cannot tell. */
function sourceState(): BenchResults['source'] {
  const git = (...args: string[]) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    return {
      commit: git('rev-parse', 'HEAD').trim(),
      editorChanged: git('status', '--porcelain', '--', 'packages/editor', 'packages/compose-core').trim() !== '',
    };
  } catch {
    return { commit: null, editorChanged: null };
  }
}

export async function runTypingBench(options: BenchOptions, log: (line: string) => void): Promise<BenchResults> {
  const startedAt = performance.now();
  const loadAverageAtStart = os.loadavg();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'inkwell-bench-'));
  const outDir = path.join(tmp, 'dist');
  try {
    log('Building the benchmark page (production)…');
    // Unminified when profiling, so the profile names functions; React is a production build either way.
    await buildBenchPage(appConfig, outDir, !options.profile);
    const server = await preview({
      configFile: appConfig,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('vite preview did not listen on a TCP port');
    const origin = `http://127.0.0.1:${address.port}`;
    const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: chromiumPath(),
      args: chromiumArgs,
      headless: true,
      viewport,
    });
    try {
      const quotes: BenchResults['quotes'] = {};
      const cases: CaseResult[] = [];
      const running: { c: RunningCase; quote: QuoteStats | null }[] = [];
      for (const editor of options.editors) {
        for (const size of options.sizes) {
          log(`Loading ${editor} / ${size}…`);
          try {
            const opened = await openCase(context, origin, editor, size, options.mounts, options.profile);
            if (opened.quote && size !== 'empty') quotes[size] = opened.quote;
            cases.push(opened.result);
            if (opened.running) running.push({ c: opened.running, quote: opened.quote });
            else log(`  ${opened.result.status}: ${opened.result.message ?? ''}`);
          } catch (error) {
            cases.push({ editor, size, status: 'error', message: String(error) });
          }
        }
      }
      const firstPage = running[0]?.c.page ?? (await context.newPage());
      const version = await (await context.newCDPSession(firstPage)).send('Browser.getVersion');

      // Rounds visit every case in turn, so a burst of load from another process hits all cases alike.
      const perRound = Array.from(
        { length: options.rounds },
        (_, r) => Math.floor(options.keys / options.rounds) + (r < options.keys % options.rounds ? 1 : 0),
      );
      for (const [round, keys] of perRound.entries()) {
        for (const { c } of running) {
          if (c.result.status !== 'measured') continue;
          try {
            await c.page.bringToFront();
            if (!(await c.page.evaluate(() => window.__inkwellBench?.hasFocus() ?? false))) {
              await c.page.evaluate(() => window.__inkwellBench?.placeCaret());
            }
            const discard = round === 0 ? options.warmup : rewarmKeys;
            const warm = await typeKeys(c, discard, options.gapMs);
            if (options.profile && round === 0) await startProfiling(c);
            await c.cost?.start();
            const measured = await typeKeys(c, keys, options.gapMs);
            await c.cost?.stop(keys);
            const samples = [...warm, ...measured];
            for (const s of samples.slice(discard)) {
              c.latencies.push(s.latencyMs);
              c.inputDelays.push(s.inputDelayMs);
            }
            log(`  round ${round + 1}/${options.rounds} ${c.editor} / ${c.size}: ${c.latencies.length} keys`);
          } catch (error) {
            c.result.status = 'error';
            c.result.message = String(error);
            log(`  ${c.editor} / ${c.size} failed: ${String(error)}`);
          }
        }
      }

      for (const { c, quote } of running) {
        if (c.profiler && c.result.status === 'measured') {
          const { profile } = await c.profiler.session.send('Profiler.stop');
          c.result.profile = summarizeProfile(profile, c.samplesSeen - c.profiler.fromKey);
        }
        if (c.result.status === 'measured') {
          await verifyCase(c, quote);
          c.result.latency = summarizeLatencies(c.latencies);
          c.result.inputDelayMedianMs = summarizeLatencies(c.inputDelays).medianMs;
          c.result.latenciesMs = c.latencies.map((ms) => Math.round(ms * 10) / 10);
          c.result.typingCost = c.cost?.result() ?? undefined;
        }
        c.result.remoteRequests = c.remoteRequests;
      }

      const cpus = os.cpus();
      return {
        date: new Date().toISOString(),
        machine: {
          cpus: cpus.length,
          cpuModel: cpus[0]?.model.trim() ?? 'unknown',
          memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
          platform: `${os.platform()} ${os.release()}`,
          node: process.version,
          loadAverageAtStart: loadAverageAtStart.map((l) => Math.round(l * 100) / 100),
          loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
        },
        source: sourceState(),
        browser: { executable: chromiumPath(), product: version.product, headless: true, viewport },
        method: {
          measure: measureMethod,
          keysPerCase: options.keys,
          warmupKeys: options.warmup,
          rounds: options.rounds,
          gapMs: options.gapMs,
          mountsPerCase: options.mounts,
          profiled: options.profile,
        },
        quotes,
        cases,
        target: judgeBench(cases),
        durationS: Math.round((performance.now() - startedAt) / 1000),
      };
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
