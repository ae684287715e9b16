import { defineConfig } from 'tsdown';

// Two builds: the runtime-neutral core and browser entry, and the Node entries (server, Vite plugin, CLI).
export default defineConfig([
  {
    entry: ['src/index.ts', 'src/browser.ts'],
    format: 'esm',
    platform: 'neutral',
    dts: true,
    tsconfig: '../../tsconfig.build.json',
  },
  {
    entry: ['src/node.ts', 'src/vite.ts', 'src/cli.ts'],
    format: 'esm',
    platform: 'node',
    dts: true,
    clean: false, // the first build's output shares dist/
    tsconfig: '../../tsconfig.build.json',
  },
]);
