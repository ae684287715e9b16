// CI's size check: bundles every figure (esbuild, deterministic, ~10 s) and holds it to bench/size-budgets.json.
// `pnpm bench size --check` prints the same failures with the whole table.
import { fileURLToPath } from 'node:url';
import { sizeFailures } from './judgeSizes';
import { measureSizes } from './measureSizes';
import { readBudgets } from './sizeCli';
import { sizeEntries } from './sizeEntries';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bundle size budgets (bench/size-budgets.json)', () => {
  it('every figure is within its budget, Temporal is in no initial chunk, no test data ships', async () => {
    const [figures, budgets] = await Promise.all([measureSizes(sizeEntries(root), root), readBudgets(root)]);
    expect(figures.map((f) => f.id)).toEqual(expect.arrayContaining(['headless', 'compose-window', 'bare-tiptap']));
    expect(sizeFailures(figures, budgets)).toEqual([]);
    // The initial chunk is the entry's own, not a chunk reached through import() (esbuild lists those as entry
    // points too): the compose window's holds the editor and the window itself.
    const window = figures.find((f) => f.id === 'compose-window');
    const inputs = window?.initial.inputs.map((i) => i.path) ?? [];
    expect(inputs).toEqual(expect.arrayContaining([expect.stringMatching(/@tiptap\/core\//)]));
    expect(inputs).toContain('packages/ui/src/compose/ComposeWindow.tsx');
  }, 300_000);
});
