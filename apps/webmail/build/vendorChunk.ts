// Which vendor chunk a module of the production build goes to. React and the editor engine change less often than the
// app: in chunks of their own a browser keeps them across deploys and fetches them beside the app. Only modules the
// first page load imports statically are grouped: one that is reached only through `import()` (Tiptap's list paste
// parser, the drop and gap cursors) stays in its on-demand chunk, which a group would otherwise pull into the page.
import type { Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;

const GROUPS: readonly { name: string; test: RegExp }[] = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  {
    name: 'editor-engine',
    test: /[\\/]node_modules[\\/](@tiptap[\\/][^\\/]+|prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname)[\\/]/,
  },
];

/** Whether an entry reaches `id` through static imports alone. */
function loadedAtStart(id: string, ctx: ChunkingContext, seen = new Map<string, boolean>()): boolean {
  const known = seen.get(id);
  if (known !== undefined) return known;
  // A cycle answers "not through this path"; another importer may still reach the entry.
  seen.set(id, false);
  const info = ctx.getModuleInfo(id);
  const result = !!info && (info.isEntry || info.importers.some((importer) => loadedAtStart(importer, ctx, seen)));
  seen.set(id, result);
  return result;
}

export function vendorChunk(id: string, ctx: ChunkingContext): string | null {
  const group = GROUPS.find((g) => g.test.test(id));
  return group && loadedAtStart(id, ctx) ? group.name : null;
}
