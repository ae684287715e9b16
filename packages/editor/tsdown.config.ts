import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/mailHtml.ts', 'src/testing.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  tsconfig: '../../tsconfig.build.json',
});
