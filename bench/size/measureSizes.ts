// Bundles each size entry with esbuild (minified, production, ESM with code splitting) and measures the initial
// chunk and every lazy chunk as gzip -9 and brotli (quality 11): the bytes a browser downloads.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { REACT_EXTERNALS, type SizeEntry } from './sizeEntries';

export interface ChunkInput {
  readonly path: string;
  readonly bytes: number;
}

export interface ChunkSize {
  /** Output file, relative to the (virtual) output directory. */
  readonly file: string;
  readonly minified: number;
  readonly gzip: number;
  readonly brotli: number;
  /** Inputs bundled into this chunk (relative to the repo root) with their minified bytes in it, largest first. */
  readonly inputs: readonly ChunkInput[];
}

export interface SizeFigure {
  readonly id: string;
  readonly label: string;
  readonly note?: string;
  readonly testing: boolean;
  /** The entry chunk plus every chunk it imports statically: what loads before the first render. */
  readonly initial: Omit<ChunkSize, 'file'> & { readonly files: readonly string[] };
  /** Chunks reached only through `import()`. */
  readonly lazy: readonly ChunkSize[];
}

const ENTRY = 'inkwell-size-entry';
const OUTDIR = 'size-out';

function compressed(bytes: Uint8Array): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

export interface MeasureOptions {
  /**
   * Our source modules (repo-relative, without extension) to leave out, as if they loaded on demand: what a figure
   * would be if they did (`--as-lazy`). Their imports go with them unless something else still needs them.
   */
  readonly asLazy?: readonly string[];
  /** Told each `asLazy` module an entry imports (so a misspelt one is noticed). */
  readonly onLeftOut?: (file: string) => void;
}

/** How `asLazy` names a module, and `onLeftOut` reports it: its path without the extension. */
export const asLazyName = (file: string): string => file.replace(/\.[cm]?[jt]sx?$/, '');

/** The entry module, and `@tiptap/extension-link`, which pnpm installed only under StarterKit (it bundles Link). */
function entryPlugin(entry: SizeEntry, root: string, { asLazy = [], onLeftOut }: MeasureOptions): Plugin {
  return {
    name: 'inkwell-size-entry',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: ENTRY, namespace: 'size-entry' }));
      b.onLoad({ filter: /.*/, namespace: 'size-entry' }, () => ({
        contents: entry.contents,
        resolveDir: path.join(root, entry.resolveDir),
        loader: 'ts',
      }));
      b.onResolve({ filter: /^@tiptap\/extension-link$/ }, async (args) => {
        if ((args.pluginData as { inner?: boolean } | undefined)?.inner) return undefined;
        const resolveDir = path.join(root, 'packages/editor');
        const starterKit = await b.resolve('@tiptap/starter-kit', { resolveDir, kind: args.kind });
        return b.resolve(args.path, {
          resolveDir: path.dirname(realpathSync(starterKit.path)),
          kind: args.kind,
          pluginData: { inner: true },
        });
      });
      if (asLazy.length) {
        const leftOut = new Set(asLazy.map(asLazyName));
        b.onResolve({ filter: /^\./ }, (args) => {
          const file = path.relative(root, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
          if (!leftOut.has(file)) return undefined;
          onLeftOut?.(file);
          return { path: `as-lazy:${file}`, external: true };
        });
      }
      if (entry.ownCodeOnly) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path === ENTRY || args.path.startsWith('@inkwell/') ? undefined : { path: args.path, external: true },
        );
      }
    },
  };
}

function staticClosure(metafile: Metafile, entryFile: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const output = metafile.outputs[file];
    for (const imported of output?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
    if (output?.cssBundle) visit(output.cssBundle);
  };
  visit(entryFile);
  return [...seen];
}

export async function measureEntry(entry: SizeEntry, root: string, options: MeasureOptions = {}): Promise<SizeFigure> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: entry.platform ?? 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['@inkwell/source'],
    external: [...REACT_EXTERNALS, ...(entry.external ?? [])],
    plugins: [entryPlugin(entry, root, options)],
    outdir: OUTDIR,
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).catch((error: unknown) => {
    throw new Error(`size: could not bundle ${entry.id}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const metafile = result.metafile;
  const bytesOf = new Map(result.outputFiles.map((f) => [path.relative(root, f.path).split(path.sep).join('/'), f]));
  const chunk = (file: string): ChunkSize => {
    const bytes = bytesOf.get(file)?.contents ?? new Uint8Array();
    return {
      file: file.slice(OUTDIR.length + 1),
      minified: bytes.length,
      ...compressed(bytes),
      inputs: Object.entries(metafile.outputs[file]?.inputs ?? {})
        .filter(([input]) => !input.startsWith('size-entry:'))
        .map(([input, { bytesInOutput }]) => ({ path: input, bytes: bytesInOutput }))
        .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)),
    };
  };
  // Chunks reached through import() are entry points too in esbuild's metafile: the entry is the one made from ours.
  const entryFile = Object.keys(metafile.outputs).find(
    (f) => metafile.outputs[f]?.entryPoint === `size-entry:${ENTRY}`,
  );
  if (!entryFile) throw new Error(`size: esbuild produced no entry chunk for ${entry.id}`);
  const initialFiles = staticClosure(metafile, entryFile);
  const initialChunks = initialFiles.map(chunk);
  const sum = (key: 'minified' | 'gzip' | 'brotli'): number => initialChunks.reduce((n, c) => n + c[key], 0);
  return {
    id: entry.id,
    label: entry.label,
    ...(entry.note ? { note: entry.note } : {}),
    testing: entry.testing ?? false,
    initial: {
      files: initialChunks.map((c) => c.file),
      minified: sum('minified'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      inputs: initialChunks.flatMap((c) => c.inputs).sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)),
    },
    lazy: Object.keys(metafile.outputs)
      .filter((f) => !initialFiles.includes(f) && !f.endsWith('.map'))
      .sort()
      .map(chunk),
  };
}

export async function measureSizes(
  entries: readonly SizeEntry[],
  root: string,
  options: MeasureOptions = {},
): Promise<SizeFigure[]> {
  const figures: SizeFigure[] = [];
  // One at a time: the machine is shared, and the order of the output must not depend on timing.
  for (const entry of entries) figures.push(await measureEntry(entry, root, options));
  return figures;
}
