// `pnpm check:storybook [built-dir]`: builds Storybook (unless given a built directory), serves it on 127.0.0.1,
// opens every docs page in Debian's Chromium and fails if one shows an error ("Couldn't find story", a thrown
// render, an uncaught exception) or never renders its stories.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const given = process.argv[2];
const root = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'inkwell-storybook-'));
if (!given) {
  const started = Date.now();
  // The build's own log (every asset's size, the bundler's plugin timings) is shown only when the build fails: on
  // success it says nothing a reader of the test output can act on.
  const build = spawnSync('node_modules/.bin/storybook', ['build', '--quiet', '-o', root], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    console.error(`storybook build failed${build.error ? `: ${build.error.message}` : ''}`);
    process.exit(1);
  }
  console.log(`built Storybook in ${Math.round((Date.now() - started) / 1000)} s`);
}
if (!existsSync(join(root, 'index.json'))) {
  console.error(`No Storybook build in ${root}: run pnpm build-storybook first, or pass no directory.`);
  process.exit(1);
}

const server = await serveStatic(root);
const { port } = server;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const docs = entries.filter((entry) => entry.type === 'docs');
const storiesOf = (docsEntry) =>
  entries.filter(
    (entry) => entry.type === 'story' && docsEntry.storiesImports !== undefined && entry.title === docsEntry.title,
  );

const failures = [];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const entry of docs) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${entry.id}&viewMode=docs`);
    const expected = storiesOf(entry).length;
    // Docs are rendered once `.sbdocs` appears with one block per story; an error shows Storybook's error display.
    const outcome = await page
      .waitForFunction(
        (count) => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
          const docsRoot = document.querySelector('#storybook-docs .sbdocs');
          if (!docsRoot) return false;
          const blocks = docsRoot.querySelectorAll('.docs-story');
          return blocks.length >= Math.max(1, count) ? 'rendered' : false;
        },
        expected,
        { timeout: 60_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'timeout');
    // Give stories mounted in the page a moment to throw.
    await page.waitForTimeout(1000);
    const text = await page.evaluate(() => document.body.innerText);
    const problems = [...errors];
    if (outcome === 'error') {
      problems.push(
        await page
          .locator('#error-message')
          .innerText()
          .catch(() => 'Storybook error display'),
      );
    }
    if (outcome === 'timeout') problems.push(`docs did not render ${expected} stories within 60 s`);
    for (const marker of ["Couldn't find story", 'No Preview', 'Sorry, but you either have no stories']) {
      if (text.includes(marker)) problems.push(`page says "${marker}"`);
    }
    if (problems.length > 0) failures.push({ id: entry.id, problems: [...new Set(problems)] });
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${entry.id}${problems.length ? `: ${problems[0]}` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  if (!given) rmSync(root, { recursive: true, force: true });
}

console.log(`\n${docs.length - failures.length} of ${docs.length} docs pages render`);
for (const failure of failures) console.log(`- ${failure.id}\n    ${failure.problems.join('\n    ')}`);
process.exit(failures.length === 0 && docs.length > 0 ? 0 : 1);
