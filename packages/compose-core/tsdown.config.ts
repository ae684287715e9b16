import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/sanitize.ts',
    'src/reply.ts',
    'src/recipients.ts',
    'src/schedule.ts',
    'src/text.ts',
    'src/openSessions.ts',
    'src/checks.ts',
    'src/testing.ts',
  ],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  tsconfig: '../../tsconfig.build.json',
  // How long plugins took on this machine is nothing a reader of the build can act on.
  checks: { pluginTimings: false },
});
