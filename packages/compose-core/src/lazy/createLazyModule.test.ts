import { createLazyModule } from './createLazyModule';

const NAMES = { what: 'The parser', loader: 'loadParser' };

describe('createLazyModule', () => {
  it('loads once, then is there synchronously', async () => {
    const importModule = vi.fn(() => Promise.resolve({ answer: 42 }));
    const lazy = createLazyModule(importModule, NAMES);
    expect(lazy.loaded()).toBeUndefined();
    expect(() => lazy.now()).toThrow('The parser is not loaded: await loadParser() first.');
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.loaded()).toEqual({ answer: 42 });
    expect(lazy.now()).toBe(a);
    await lazy.load();
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load in its own words, as a network failure, and tries again on the next call', async () => {
    const offline = new TypeError('Failed to fetch dynamically imported module');
    const importModule = vi.fn<() => Promise<string>>().mockRejectedValueOnce(offline).mockResolvedValueOnce('loaded');
    const lazy = createLazyModule(importModule, NAMES);
    await expect(lazy.load()).rejects.toMatchObject({
      message: 'The parser could not be loaded.',
      kind: 'network',
      cause: offline,
    });
    expect(lazy.loaded()).toBeUndefined();
    await expect(lazy.load()).resolves.toBe('loaded');
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});
