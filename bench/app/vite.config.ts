// The benchmark page's build. It lives outside the workspace packages, so bare imports the page shares with the
// editor (@tiptap/*) resolve from packages/editor, where pnpm installed them, and @inkwell/editor maps to its source.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const editorEntry = fileURLToPath(new URL('../../packages/editor/src/index.ts', import.meta.url));
const appDir = fileURLToPath(new URL('.', import.meta.url));

function resolveLikeTheEditor(): Plugin {
  return {
    name: 'bench:resolve-like-the-editor',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!importer?.startsWith(appDir) || !source.startsWith('@tiptap/')) return null;
      return this.resolve(source, editorEntry, { ...options, skipSelf: true });
    },
  };
}

export default defineConfig({
  root: appDir,
  base: './',
  plugins: [resolveLikeTheEditor(), react()],
  resolve: {
    conditions: ['@inkwell/source', ...defaultClientConditions],
    alias: { '@inkwell/editor': editorEntry },
    dedupe: ['react', 'react-dom'],
  },
  build: { emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  logLevel: 'warn',
});
