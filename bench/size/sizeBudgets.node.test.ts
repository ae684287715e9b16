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
  }, 300_000);
});
