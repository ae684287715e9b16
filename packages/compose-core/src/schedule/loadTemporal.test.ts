import { Temporal as Polyfill } from 'temporal-polyfill';
import { loadTemporal } from './loadTemporal';

const global = globalThis as { Temporal?: unknown };
let engines: unknown;

describe('loadTemporal', () => {
  // Each test decides whether the engine "has" Temporal; an engine's own one is put back afterwards.
  beforeEach(() => {
    engines = global.Temporal;
    delete global.Temporal;
  });
  afterEach(() => {
    if (engines === undefined) delete global.Temporal;
    else global.Temporal = engines;
  });

  it('loads the polyfill when the engine has no Temporal, once', async () => {
    const first = await loadTemporal();
    expect(first).toBe(Polyfill);
    expect(await loadTemporal()).toBe(first);
  });

  it("uses the engine's own Temporal when there is one", async () => {
    const native = { native: true };
    global.Temporal = native;
    expect(await loadTemporal()).toBe(native);
  });
});
