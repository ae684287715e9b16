import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureEntry } from './measureSizes';
import { parseSizeOptions } from './sizeCli';
import { sizeEntries } from './sizeEntries';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUEUE = 'packages/compose-core/src/attachments/createAttachmentQueue';

describe('bench size --as-lazy', () => {
  it('measures a figure without a module of ours, and without what only that module imports', async () => {
    const entry = sizeEntries(root).find((e) => e.id === 'headless-core-own');
    if (!entry) throw new Error('no headless-core-own figure');
    const told: string[] = [];
    const [whole, without] = await Promise.all([
      measureEntry(entry, root),
      measureEntry(entry, root, { asLazy: [`${QUEUE}.ts`], onLeftOut: (file) => told.push(file) }),
    ]);
    const paths = (figure: typeof whole) => figure.initial.inputs.map((i) => i.path);
    expect(paths(whole)).toContain(`${QUEUE}.ts`);
    expect(paths(without)).not.toContain(`${QUEUE}.ts`);
    // The upload limits are the queue's alone.
    expect(paths(whole)).toContain('packages/compose-core/src/attachments/checkAttachmentLimits.ts');
    expect(paths(without)).not.toContain('packages/compose-core/src/attachments/checkAttachmentLimits.ts');
    expect(without.initial.gzip).toBeLessThan(whole.initial.gzip - 1000);
    expect(told).toContain(QUEUE);
  }, 60_000);

  it('is a question, not a result: it refuses --check and --out', () => {
    expect(parseSizeOptions(['--as-lazy', QUEUE, '--inputs', 'headless-own'])).toEqual({
      check: false,
      inputs: ['headless-own'],
      asLazy: [QUEUE],
    });
    expect(() => parseSizeOptions(['--as-lazy', QUEUE, '--check'])).toThrow(/cannot be combined with --check/);
    expect(() => parseSizeOptions(['--out', 'x.json', '--as-lazy', QUEUE])).toThrow(/cannot be combined/);
  });
});
