// `pnpm test`: every Vitest project (jsdom, node, browser, Storybook stories), then one plain summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const ensure = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (ensure.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const out = '.vitest-results/results.json';
rmSync(out, { force: true });
mkdirSync('.vitest-results', { recursive: true });
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
  ...process.argv.slice(2),
];
const run = spawnSync('pnpm', ['exec', ...args], {
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(out)) {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even though it ran no test.
  const brokenSuites = (r.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  failed += brokenSuites;
}
// Storybook's static build: every docs page must render (one check; ~1–3 min, most of it the build).
const docs = spawnSync(process.execPath, ['scripts/check-storybook-docs.mjs'], { stdio: 'inherit' });
if (docs.status === 0) passed += 1;
else failed += 1;
const ok = run.status === 0 && failed === 0 && passed > 0;
if (!ok && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
