import { createLazyModule } from './createLazyModule';

describe('createLazyModule', () => {
  it('loads once, then is there synchronously', async () => {
    const importModule = vi.fn(() => Promise.resolve({ answer: 42 }));
    const lazy = createLazyModule(importModule);
    expect(lazy.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.loaded()).toEqual({ answer: 42 });
    await lazy.load();
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load in its own words and tries again on the next call', async () => {
    const importModule = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('loaded');
    const lazy = createLazyModule(importModule, (cause) => new Error('The parser could not be loaded.', { cause }));
    await expect(lazy.load()).rejects.toThrow('The parser could not be loaded.');
    expect(lazy.loaded()).toBeUndefined();
    await expect(lazy.load()).resolves.toBe('loaded');
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});
