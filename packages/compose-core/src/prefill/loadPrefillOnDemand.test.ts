// The reply/forward prefill (sanitizer, quote, address parsing) is a module of its own that a new message never
// loads: the session asks loadPrefillOnDemand, which imports it only for an intent that needs it.
import type { AxigenClient } from '@inkwell/axigen-client';
import { loadPrefillOnDemand } from './loadPrefillOnDemand';
import type * as PrefillModule from './loadPrefill';
import type { Prefill, PrefillContext } from './loadPrefill';

const prefillModule = vi.hoisted(() => ({ imports: 0 }));
const fromModule: Prefill = { draft: { subject: 'from the module' } as Prefill['draft'], bindings: [] };

vi.mock('./loadPrefill', () => {
  prefillModule.imports++;
  return { loadPrefill: vi.fn(async () => fromModule) };
});

const ctx: PrefillContext = {
  client: {} as AxigenClient,
  identity: { from: { name: 'Alice', address: 'alice@inkwell.test' }, ownAddresses: ['alice@inkwell.test'] },
  domain: 'inkwell.test',
};

describe('loadPrefillOnDemand', () => {
  it('builds a new message without loading the prefill module, keeping what the caller handed in', async () => {
    const prefill = await loadPrefillOnDemand(
      { kind: 'new', initial: { subject: 'Hello', to: [{ address: 'bob@inkwell.test' }] } },
      ctx,
    );
    expect(prefillModule.imports).toBe(0);
    expect(prefill.bindings).toEqual([]);
    expect(prefill.draft).toMatchObject({
      from: { name: 'Alice', address: 'alice@inkwell.test' },
      subject: 'Hello',
      to: [{ address: 'bob@inkwell.test' }],
      attachments: [],
    });
  });

  it('loads the prefill module for a reply, a forward or a reopened draft, and hands the intent on', async () => {
    const { loadPrefill } = await vi.importMock<typeof PrefillModule>('./loadPrefill');
    for (const intent of [
      { kind: 'reply', mailId: 'm1' },
      { kind: 'forward', mailId: 'm2' },
      { kind: 'draft', mailId: 'm3' },
    ] as const) {
      await expect(loadPrefillOnDemand(intent, ctx)).resolves.toBe(fromModule);
      expect(loadPrefill).toHaveBeenLastCalledWith(intent, ctx);
    }
    expect(prefillModule.imports).toBe(1);
  });
});
