// The converter is loaded by the test setup for every other test; this one starts without it, in a fresh module graph.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.resetModules();
});

describe('plainTextOf', () => {
  it('gives the text alone before the converter is loaded, and the converter’s text once it is', async () => {
    vi.resetModules();
    const { plainTextOf } = await import('./plainTextOf');
    const core = await import('@inkwell/compose-core');
    const html = '<p>See <a href="https://example.com/report">the report</a></p><style>p{}</style><p>Ann</p>';
    expect(core.bodyPlainTextLoaded()).toBe(false);
    expect(plainTextOf(html)).toBe('See the report\nAnn');
    await core.loadBodyPlainText();
    expect(plainTextOf(html)).toContain('https://example.com/report');
  });
});
