import { defineConfig } from 'tsdown';

// One build for every entry, so the core is bundled once and shared as a chunk. `neutral`: index and browser
// must stay free of Node built-ins (node, vite and cli import them explicitly as `node:*`, kept external).
export default defineConfig({
  entry: ['src/index.ts', 'src/browser.ts', 'src/node.ts', 'src/vite.ts', 'src/cli.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  deps: { neverBundle: [/^node:/] },
  tsconfig: '../../tsconfig.build.json',
  // How long plugins took on this machine is nothing a reader of the build can act on.
  checks: { pluginTimings: false },
});
