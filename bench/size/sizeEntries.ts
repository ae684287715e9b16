// What `pnpm bench size` measures. Each entry is a small module that esbuild bundles the way an app would: minified,
// production, React external. Adding a figure (say, the compose window once `@inkwell/ui` exports it) is one line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface SizeEntry {
  /** Stable id, used in size-budgets.json. */
  readonly id: string;
  /** What a reader sees in the table. */
  readonly label: string;
  /** Module source of the entry. */
  readonly contents: string;
  /** Directory bare imports in `contents` resolve from, relative to the repo root. */
  readonly resolveDir: string;
  /** Bare imports left out besides React (peers the app already has). */
  readonly external?: readonly string[];
  /** Keep only our own code: every bare import that is not `@inkwell/*` stays external. */
  readonly ownCodeOnly?: boolean;
  /** `node` for entries that only run in Node (the emulator's server and Vite plugin). */
  readonly platform?: 'browser' | 'node';
  /** A published `testing` entry: test data is expected there. */
  readonly testing?: boolean;
  /** Why this figure is measured this way, when it is not obvious. */
  readonly note?: string;
}

/** Our packages resolve from the sample app, which depends on all of them, as any app would. */
const APP = 'apps/webmail';

/** React is the app's, never ours to count. */
export const REACT_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*'] as const;

const HEADLESS = [
  "export * as client from '@inkwell/axigen-client';",
  "export * as core from '@inkwell/compose-core';",
  "export * as react from '@inkwell/react';",
].join('\n');

/** The same packages as a compose app uses them: named imports, which a bundler tree-shakes. */
const HEADLESS_APP = [
  "export { createAxigenClient } from '@inkwell/axigen-client';",
  'export {',
  '  InkwellProvider, useCompose, useDraftStatus, useUndoSend, useAttachmentQueue, useAccountIdentity, contactQueries,',
  "} from '@inkwell/react';",
].join('\n');

/** The least a compose app can run on: a client and a session, nothing else of ours. */
const HEADLESS_CORE = [
  "export { createAxigenClient } from '@inkwell/axigen-client';",
  "export { createComposeSession } from '@inkwell/compose-core';",
].join('\n');

/** Where `@inkwell/ui` may export the compose window from: its `./compose` entry, or its main one. */
const WINDOW_SOURCES = [
  { specifier: '@inkwell/ui/compose', file: 'packages/ui/src/compose/index.ts' },
  { specifier: '@inkwell/ui', file: 'packages/ui/src/index.ts' },
];

/** The compose window, or until `@inkwell/ui` exports it, the composer plus every widget. */
export function composeWindowEntry(root: string): SizeEntry {
  const source = WINDOW_SOURCES.find(
    ({ file }) =>
      existsSync(path.join(root, file)) && /\bComposeWindow\b/.test(readFileSync(path.join(root, file), 'utf8')),
  );
  if (source) {
    return {
      id: 'compose-window',
      label: `compose window (ComposeWindow from ${source.specifier})`,
      contents: `export { ComposeWindow } from '${source.specifier}';`,
      resolveDir: APP,
      external: ['@tanstack/react-query'],
    };
  }
  return {
    id: 'compose-window',
    label: 'compose window (stand-in: Composer + @inkwell/ui)',
    contents: "export { Composer } from '@inkwell/editor';\nexport * from '@inkwell/ui';",
    resolveDir: APP,
    external: ['@tanstack/react-query'],
    note: '@inkwell/ui does not export ComposeWindow yet: measured the Composer and every @inkwell/ui widget instead',
  };
}

/** One entry per `exports` subpath of every package (the whole subpath, as `import *` would pull it). */
export function packageEntries(root: string): SizeEntry[] {
  const entries: SizeEntry[] = [];
  for (const dir of readdirSync(path.join(root, 'packages')).sort()) {
    const manifest = JSON.parse(readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8')) as {
      name: string;
      exports?: Record<string, unknown>;
    };
    for (const subpath of Object.keys(manifest.exports ?? {})) {
      if (subpath === './package.json') continue;
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      const nodeOnly = manifest.name === '@inkwell/axigen-emulator' && (subpath === './node' || subpath === './vite');
      entries.push({
        id: specifier,
        label: nodeOnly ? `${specifier} (Node, own code)` : specifier,
        contents: `export * from '${specifier}';`,
        resolveDir: APP,
        external: ['@tanstack/react-query'],
        ownCodeOnly: nodeOnly,
        platform: nodeOnly ? 'node' : 'browser',
        testing: subpath === './testing',
        note: nodeOnly ? 'runs in Node: dependencies left out, our code only' : undefined,
      });
    }
  }
  return entries;
}

/** The figures compared with budgets, then every package entry. */
export function sizeEntries(root: string): SizeEntry[] {
  return [
    {
      id: 'headless',
      label: 'headless import (client + compose-core + @inkwell/react), react-query external',
      contents: HEADLESS,
      resolveDir: APP,
      external: ['@tanstack/react-query'],
    },
    {
      id: 'headless-app',
      label: 'headless, as a compose app imports it (client, provider, compose hooks, identity, contacts)',
      contents: HEADLESS_APP,
      resolveDir: APP,
      external: ['@tanstack/react-query'],
      note: 'reported beside the whole surface: what an app embedding the composer without our widgets imports',
    },
    {
      id: 'headless-own',
      label: 'our own code in the headless import',
      contents: HEADLESS,
      resolveDir: APP,
      ownCodeOnly: true,
    },
    {
      id: 'headless-core-own',
      label: 'our own code in createAxigenClient + createComposeSession alone',
      contents: HEADLESS_CORE,
      resolveDir: APP,
      ownCodeOnly: true,
      note: 'the floor under headless-own: what no moving of exports between entries can take off',
    },
    {
      id: 'headless-with-query',
      label: 'headless import with @tanstack/react-query',
      contents: HEADLESS,
      resolveDir: APP,
    },
    composeWindowEntry(root),
    {
      id: 'bare-tiptap',
      label: 'bare Tiptap: @tiptap/react + StarterKit + Image + Link',
      contents: [
        "export { EditorContent, useEditor } from '@tiptap/react';",
        "export { default as StarterKit } from '@tiptap/starter-kit';",
        "export { default as Image } from '@tiptap/extension-image';",
        "export { default as Link } from '@tiptap/extension-link';",
      ].join('\n'),
      resolveDir: 'packages/editor',
    },
    {
      id: 'react-query',
      label: '@tanstack/react-query',
      contents: "export * from '@tanstack/react-query';",
      resolveDir: '.',
    },
    ...packageEntries(root),
  ];
}
