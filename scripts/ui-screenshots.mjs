// Screenshots of the compose window for packages/ui/README.md, from a static Storybook build:
//   pnpm build-storybook && node scripts/ui-screenshots.mjs [storybook-static]
// Serves the build on 127.0.0.1, opens each story in Debian's Chromium, and writes packages/ui/docs/*.png.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(process.argv[2] ?? 'storybook-static');
const out = resolve('packages/ui/docs');
const shots = [
  { id: 'compose-composewindow--dark', file: 'compose-window-dark.png', width: 760 },
  { id: 'compose-composewindow--brand', file: 'compose-window-brand.png', width: 760 },
  { id: 'compose-composewindow--romanian', file: 'compose-window-ro.png', width: 760 },
  { id: 'compose-composewindow--arabic', file: 'compose-window-ar.png', width: 760 },
  { id: 'compose-composewindow--narrow-360', file: 'compose-window-360.png', width: 400 },
];
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'iframe.html'))) {
  console.error(`No Storybook build in ${root}: run pnpm build-storybook first.`);
  process.exit(1);
}
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
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
