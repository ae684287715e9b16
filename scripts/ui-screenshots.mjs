// Screenshots of the compose window for packages/ui/README.md, from a static Storybook build:
//   pnpm build-storybook && node scripts/ui-screenshots.mjs [storybook-static]
// Serves the build on 127.0.0.1, opens each story in Debian's Chromium, and writes packages/ui/docs/*.png.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(process.argv[2] ?? 'storybook-static');
const out = resolve('packages/ui/docs');
const shots = [
  { id: 'compose-composewindow--dark', file: 'compose-window-dark.png', width: 760 },
  { id: 'compose-composewindow--brand', file: 'compose-window-brand.png', width: 760 },
  { id: 'compose-composewindow--romanian', file: 'compose-window-ro.png', width: 760 },
  { id: 'compose-composewindow--arabic', file: 'compose-window-ar.png', width: 760 },
  { id: 'compose-composewindow--narrow-360', file: 'compose-window-360.png', width: 400 },
];
if (!existsSync(join(root, 'iframe.html'))) {
  console.error(`No Storybook build in ${root}: run pnpm build-storybook first.`);
  process.exit(1);
}
const server = await serveStatic(root);
const { port } = server;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  mkdirSync(out, { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${shot.id}&viewMode=story`);
    const window = page.locator('.ink-compose:not([data-state="loading"])').first();
    await window.locator('[contenteditable="true"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500); // the story's play function finishes its steps
    await window.screenshot({ path: join(out, shot.file) });
    console.log(`wrote packages/ui/docs/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
