// Builds the benchmark page for production. `pnpm bench` runs in Vite's module runner, which sets
// `process.env.NODE_ENV` to `development`, and `vite build` honours that variable over its mode: without this the page
// shipped React's development build (prop checks, component tracks) and every editor measured slower than users see.
import { build } from 'vite';

export async function buildBenchPage(configFile: string, outDir: string, minify: boolean): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'error', build: { outDir, minify } });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}
