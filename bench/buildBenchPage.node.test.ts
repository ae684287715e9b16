// `pnpm bench` runs in Vite's module runner, which sets NODE_ENV to development: the page must still be built for
// production, or every editor is timed with React's development build.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchPage } from './buildBenchPage';

const appConfig = fileURLToPath(new URL('./app/vite.config.ts', import.meta.url));

it('builds the page for production even when NODE_ENV says development, and puts NODE_ENV back', async () => {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'inkwell-bench-build-'));
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    await buildBenchPage(appConfig, outDir, true);
    expect(process.env.NODE_ENV).toBe('development');
    const assets = path.join(outDir, 'assets');
    const code = await Promise.all(
      (await readdir(assets)).filter((f) => f.endsWith('.js')).map((f) => readFile(path.join(assets, f), 'utf8')),
    );
    expect(code.length).toBeGreaterThan(0);
    // React's development JSX runtime calls jsxDEV; the production one never names it.
    expect(code.some((c) => c.includes('jsxDEV'))).toBe(false);
  } finally {
    process.env.NODE_ENV = before;
    await rm(outDir, { recursive: true, force: true });
  }
}, 120_000);
