import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'compose/index': 'src/compose/index.ts',
    'locales/ro/index': 'src/locales/ro/index.ts',
    'locales/ar/index': 'src/locales/ar/index.ts',
  },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  tsconfig: '../../tsconfig.build.json',
  // How long plugins took on this machine is nothing a reader of the build can act on.
  checks: { pluginTimings: false },
});
