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
});
