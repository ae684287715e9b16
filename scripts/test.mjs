// `pnpm test`: every Vitest project (jsdom, node, browser, Storybook stories, then e2e), then one plain summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const ensure = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (ensure.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Two runs: every project but e2e in parallel, then the sample app's end-to-end tests alone (each starts a dev
// server and Chromium, and gets the machine to itself). Arguments go to both runs.
mkdirSync('.vitest-results', { recursive: true });
const runs = [
  { out: '.vitest-results/results.json', projects: ['unit', 'node', 'browser', 'storybook'] },
  { out: '.vitest-results/results-e2e.json', projects: ['e2e'] },
];
let passed = 0;
let failed = 0;
let skipped = 0;
let runFailed = false;
const ESC = String.fromCharCode(27);
const stripAnsi = (text) =>
  text
    .split(ESC)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('');
// Named again just above the summary: a log read from its end (CI keeps only the tail) still shows what failed.
const failures = [];
for (const { out, projects } of runs) {
  rmSync(out, { force: true });
  const args = [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...process.argv.slice(2),
  ];
  const run = spawnSync('pnpm', ['exec', ...args], {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  if (!existsSync(out)) {
    runFailed = true;
    continue;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  for (const suite of r.testResults ?? []) {
    const file = String(suite.name ?? '').replace(`${process.cwd()}/`, '');
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const why = stripAnsi(String(test.failureMessages?.[0] ?? '')).split('\n')[0];
      failures.push(`${file} › ${test.fullName ?? test.title}${why ? `\n      ${why.slice(0, 300)}` : ''}`);
    }
    // A suite that failed to load counts as a failure even though it ran no test.
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
      failed += 1;
      failures.push(`${file} (did not load: ${stripAnsi(String(suite.message ?? '')).split('\n')[0]})`);
    }
  }
  // A filter that matches nothing in this run's projects is not a failure of the run.
  if (run.status !== 0 && (r.numTotalTests ?? 0) > 0) runFailed = true;
}
// Storybook's static build: every docs page must render (one check; ~1–1.5 min, most of it the build). Skipped
// when arguments pick some tests only.
if (process.argv.length <= 2) {
  const docs = spawnSync(process.execPath, ['scripts/check-storybook-docs.mjs'], { stdio: 'inherit' });
  if (docs.status === 0) passed += 1;
  else {
    failed += 1;
    failures.push('scripts/check-storybook-docs.mjs › every Storybook docs page renders');
  }
}
const ok = !runFailed && failed === 0 && passed > 0;
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
if (!ok && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
