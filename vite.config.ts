/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { dropStderrNotice } from './scripts/dropStderrNotice.mjs';

// Vitest announces on every run that type tests (the unit project's *.test-d.ts) are experimental and asks to pin its
// version. It is pinned (exact versions in package.json), so the notice asks nothing a reader can do: that one
// message is dropped, nothing else.
if (process.env.VITEST) dropStderrNotice('Testing types with tsc and vue-tsc is an experimental feature.');

// Workspace packages resolve to their `src` through this export condition: no build before dev or test.
const conditions = ['@inkwell/source', ...defaultClientConditions];

// A fresh object per project: Vitest writes each instance's name into it.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

// Dependencies of the stories and browser tests themselves, optimized up front so the optimizer never reloads a running
// test. The workspace packages' own (Tiptap, lucide, DOMPurify…) are not named here: a bare name resolves from the
// root, where pnpm does not hoist them, so Vite could not find them and said so on every cold start; its scan of the
// test and story files finds them anyway.
const storyDeps = ['msw-storybook-addon/csf3', 'msw', 'msw/browser', '@tanstack/react-query', 'react-dom/client'];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  // Node-side tests (the node project, SSR) resolve workspace packages to source too.
  ssr: { resolve: { conditions: ['@inkwell/source', ...defaultServerConditions] } },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/*.node.test.ts', '**/node_modules/**'],
          setupFiles: ['scripts/setup-jsdom.ts'],
          // Sessions against the in-process emulator take a few seconds when every project runs at once.
          testTimeout: 20_000,
          typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.node.test.ts', 'packages/*/test/**/*.node.test.ts', 'bench/**/*.node.test.ts'],
          // Generous for suites that run a real server or bundle everything on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // The sample app in Chromium, one file at a time: scripts/test.mjs runs this project after the others,
          // so each test has the machine to itself.
          name: 'e2e',
          environment: 'node',
          include: ['apps/*/e2e/**/*.node.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // The visual tests render stories through Storybook's portable stories.
        optimizeDeps: { include: [...storyDeps, '@storybook/react-vite', 'storybook/test'] },
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}', 'apps/*/src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['scripts/setup-browser.ts'],
          browser: {
            ...browser(),
            // Visual references are committed beside their test, apart from the ignored failure screenshots.
            expect: {
              toMatchScreenshot: {
                resolveScreenshotPath: ({ root, testFileDirectory, arg, browserName, platform, ext }) =>
                  `${root}/${testFileDirectory}/references/${arg}-${browserName}-${platform}${ext}`,
              },
            },
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        optimizeDeps: { include: storyDeps },
        // Stories that sign in to the emulator and mount the composer need more than the default 15 s on 2 cores.
        test: { name: 'storybook', browser: browser(), testTimeout: 30_000 },
      },
    ],
  },
});
