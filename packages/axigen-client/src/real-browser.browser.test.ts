// Real Chromium: native fetch and XMLHttpRequest, against the Vitest dev server (which has no Axigen API: 404).
import { describe, expect, it } from 'vitest';
import { createAxigenClient } from './create-axigen-client';

describe('in a real browser', () => {
  it('calls a native fetch passed in options without "Illegal invocation"', async () => {
    const client = createAxigenClient({ baseUrl: location.origin, fetch: window.fetch });
    await expect(client.getMail('does-not-exist')).rejects.toMatchObject({
      name: 'AxigenError',
      kind: 'http',
      status: 404,
      operation: 'getMail',
    });
  });

  it('uploads through the native XMLHttpRequest, not fetch', async () => {
    const fetch = (() => Promise.reject(new Error('uploads must not use fetch here'))) as typeof window.fetch;
    const client = createAxigenClient({ baseUrl: location.origin, fetch });
    await expect(client.uploadTemporaryAttachments([new File(['x'.repeat(1024)], 'a.txt')])).rejects.toMatchObject({
      name: 'AxigenError',
      kind: 'http',
      status: 404,
      operation: 'uploadTemporaryAttachments',
    });
  });
});
