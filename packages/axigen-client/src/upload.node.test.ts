import { describe, expect, it, vi } from 'vitest';
import type { UploadProgress } from './client-types';
import { UPLOAD_FIELD_NAME } from './create-axigen-client';
import { jsonResponse } from './testing/fake-fetch';
import { createFakeXhr } from './testing/fake-xhr';
import {
  type AuthMode,
  BASIC_AUTHORIZATION,
  expectSessionAuth,
  loggedInClient,
  SESSION_ID,
} from './testing/logged-in-client';

const items = [
  { id: 11, name: 'report.pdf', contentType: 'application/pdf', size: 5 },
  { id: 12, name: 'attachment', contentType: 'application/octet-stream', size: 3 },
];

describe.each<AuthMode>(['cookie', 'basic'])(
  'upload through fetch where there is no XMLHttpRequest (%s auth)',
  (mode) => {
    it('POSTs multipart with one "file" part per file, names kept', async () => {
      expect(globalThis.XMLHttpRequest).toBeUndefined();
      const { client, requests } = await loggedInClient(mode, () => jsonResponse({ items }));
      const files = [new File(['%PDF-'], 'report.pdf', { type: 'application/pdf' }), new Blob(['abc'])];
      expect(await client.uploadTemporaryAttachments(files)).toStrictEqual({ items });
      const [request] = requests;
      expect(request?.method).toBe('POST');
      expect(request?.url.pathname).toBe('/api/v1/temporaryAttachments');
      // The runtime writes multipart/form-data with its boundary; the client must not set Content-Type itself.
      expect(request?.headers['content-type']).toBeUndefined();
      expectSessionAuth(request, mode);
      const form = request?.body as FormData;
      expect(UPLOAD_FIELD_NAME).toBe('file');
      expect([...form.keys()]).toEqual(['file', 'file']);
      const parts = form.getAll('file') as File[];
      expect(parts.map((part) => part.name)).toEqual(['report.pdf', 'attachment']);
      expect(parts.map((part) => part.type)).toEqual(['application/pdf', '']);
      expect(await Promise.all(parts.map((part) => part.text()))).toEqual(['%PDF-', 'abc']);
    });

    it('keeps non-ASCII file names', async () => {
      const { client, requests } = await loggedInClient(mode, () => jsonResponse({ items: [] }));
      await client.uploadTemporaryAttachments([new File(['x'], 'Übersicht 📊 "Q1".xlsx')]);
      expect(((requests[0]?.body as FormData).get('file') as File).name).toBe('Übersicht 📊 "Q1".xlsx');
    });
  },
);

describe.each<AuthMode>(['cookie', 'basic'])('upload through XMLHttpRequest (%s auth)', (mode) => {
  it('sends the same auth as fetch, reports progress, parses the items', async () => {
    const { XHR, instances } = createFakeXhr();
    const { client } = await loggedInClient(mode, () => jsonResponse({}), { XMLHttpRequest: XHR });
    const progress: UploadProgress[] = [];
    const file = new File(['12345'], 'report.pdf');
    const pending = client.uploadTemporaryAttachments([file], { onProgress: (p) => progress.push(p) });
    const [xhr] = instances;
    expect(xhr?.method).toBe('POST');
    const url = new URL(xhr!.url);
    expect(url.origin + url.pathname).toBe('https://mail.example.com/api/v1/temporaryAttachments');
    if (mode === 'cookie') {
      expect(url.searchParams.get('_h')).toBe(SESSION_ID);
      expect(xhr?.withCredentials).toBe(true);
      expect(xhr?.requestHeaders.Authorization).toBeUndefined();
    } else {
      expect(url.search).toBe('');
      expect(xhr?.withCredentials).toBe(false);
      expect(xhr?.requestHeaders).toEqual({
        Accept: 'application/json',
        Authorization: BASIC_AUTHORIZATION,
        'X-Axigen-Session': SESSION_ID,
      });
    }
    expect(xhr?.requestHeaders['Content-Type']).toBeUndefined();
    expect(((xhr?.body as FormData).get('file') as File).name).toBe('report.pdf');
    xhr?.progress(100, 400);
    xhr?.progress(400, 400);
    xhr?.progress(3, 0, false); // length unknown: the file sizes stand in for the total
    xhr?.respond(200, { items });
    expect(await pending).toStrictEqual({ items });
    expect(progress).toEqual([
      { loaded: 100, total: 400 },
      { loaded: 400, total: 400 },
      { loaded: 3, total: 5 },
    ]);
  });
});

describe('upload through XMLHttpRequest: failures', () => {
  async function setup(extra = {}) {
    const { XHR, instances } = createFakeXhr();
    const { client } = await loggedInClient('cookie', () => jsonResponse({}), { XMLHttpRequest: XHR, ...extra });
    return { client, instances };
  }

  it('the signal aborts the XHR: aborted, outcome unknown', async () => {
    const { client, instances } = await setup();
    const controller = new AbortController();
    const pending = client.uploadTemporaryAttachments([new Blob(['x'])], { signal: controller.signal });
    expect(instances[0]?.sent).toBe(true);
    controller.abort();
    expect(instances[0]?.aborted).toBe(true);
    await expect(pending).rejects.toMatchObject({
      kind: 'aborted',
      operation: 'uploadTemporaryAttachments',
      outcomeUnknown: true,
    });
  });

  it('an already aborted signal opens no XHR', async () => {
    const { client, instances } = await setup();
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.uploadTemporaryAttachments([new Blob(['x'])], { signal: controller.signal }),
    ).rejects.toMatchObject({ kind: 'aborted', outcomeUnknown: false });
    expect(instances).toHaveLength(0);
  });

  it.each([
    ['a network error', 'failNetwork'],
    ['a timeout', 'timeOut'],
  ] as const)('%s is a network error with unknown outcome', async (_label, driver) => {
    const { client, instances } = await setup();
    const pending = client.uploadTemporaryAttachments([new Blob(['x'])]);
    instances[0]?.[driver]();
    await expect(pending).rejects.toMatchObject({ kind: 'network', retryable: false, outcomeUnknown: true });
  });

  it('HTTP errors are parsed like fetch ones', async () => {
    const { client, instances } = await setup();
    const pending = client.uploadTemporaryAttachments([new Blob(['x'])]);
    instances[0]?.respond(413, { code: 'TOO_LARGE', message: 'Upload exceeds 25 MB' });
    await expect(pending).rejects.toMatchObject({
      kind: 'http',
      status: 413,
      code: 'TOO_LARGE',
      serverMessage: 'Upload exceeds 25 MB',
      retryable: false,
    });
  });

  it('an answer that is not JSON is invalid-response', async () => {
    const { client, instances } = await setup();
    const pending = client.uploadTemporaryAttachments([new Blob(['x'])]);
    instances[0]?.respond(200, '<html>');
    await expect(pending).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('a 401 re-logs in once and re-sends the same files in a new XHR', async () => {
    const onUnauthorized = vi.fn(async () => {});
    const { client, instances } = await setup({ onUnauthorized });
    const file = new File(['data'], 'a.txt');
    const pending = client.uploadTemporaryAttachments([file]);
    instances[0]?.respond(401, { message: 'expired' });
    await vi.waitFor(() => expect(instances).toHaveLength(2));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(((instances[1]?.body as FormData).get('file') as File).name).toBe('a.txt');
    instances[1]?.respond(200, { items });
    expect(await pending).toStrictEqual({ items });
  });

  it('a second 401 fails with the 401', async () => {
    const onUnauthorized = vi.fn(async () => {});
    const { client, instances } = await setup({ onUnauthorized });
    const pending = client.uploadTemporaryAttachments([new Blob(['x'])]);
    instances[0]?.respond(401, '');
    await vi.waitFor(() => expect(instances).toHaveLength(2));
    instances[1]?.respond(401, '');
    await expect(pending).rejects.toMatchObject({ kind: 'http', status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
