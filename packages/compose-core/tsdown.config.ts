import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/sanitize.ts',
    'src/reply.ts',
    'src/recipients.ts',
    'src/schedule.ts',
    'src/text.ts',
    'src/testing.ts',
  ],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  tsconfig: '../../tsconfig.build.json',
});
