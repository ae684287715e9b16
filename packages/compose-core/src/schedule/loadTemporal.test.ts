import { Temporal as Polyfill } from 'temporal-polyfill';
import { loadTemporal } from './loadTemporal';

describe('loadTemporal', () => {
  afterEach(() => {
    delete (globalThis as { Temporal?: unknown }).Temporal;
  });

  it('loads the polyfill when the engine has no Temporal, once', async () => {
    expect((globalThis as { Temporal?: unknown }).Temporal).toBeUndefined();
    const first = await loadTemporal();
    expect(first).toBe(Polyfill);
    expect(await loadTemporal()).toBe(first);
  });

  it("uses the engine's own Temporal when there is one", async () => {
    const native = { native: true };
    (globalThis as { Temporal?: unknown }).Temporal = native;
    expect(await loadTemporal()).toBe(native);
  });
});
