import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/mailbox.ts', 'src/openSessions.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  // One output file per source file, as TanStack does: each hook file keeps its 'use client' directive, and the
  // key and option factories stay importable from server code.
  unbundle: true,
  tsconfig: '../../tsconfig.build.json',
  // How long plugins took on this machine is nothing a reader of the build can act on.
  checks: { pluginTimings: false },
});
