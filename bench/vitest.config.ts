// Runs the benchmark's own tests until the root Vitest "node" project includes `bench/**/*.node.test.ts`:
// `pnpm exec vitest run --config bench/vitest.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { name: 'bench', globals: true, environment: 'node', include: ['bench/**/*.node.test.ts'] },
});
