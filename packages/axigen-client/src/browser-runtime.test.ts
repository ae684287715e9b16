// jsdom: the client as it runs in a page, where XMLHttpRequest exists and Set-Cookie is hidden from scripts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAxigenClient } from './create-axigen-client';
import { fakeFetch, jsonResponse } from './testing/fake-fetch';
import { createFakeXhr } from './testing/fake-xhr';

afterEach(() => {
  vi.unstubAllGlobals();
});

function withoutSetCookie(response: Response): Response {
  // Browsers expose no Set-Cookie to scripts; some lack getSetCookie altogether.
  Object.defineProperty(response.headers, 'getSetCookie', { value: undefined });
  return response;
}

describe('in a browser-like runtime', () => {
  it('uploads through the global XMLHttpRequest when none is passed', async () => {
    const { XHR, instances } = createFakeXhr();
    vi.stubGlobal('XMLHttpRequest', XHR);
    const { fetch, requests } = fakeFetch(() => jsonResponse({ sessid: 'S' }));
    const client = createAxigenClient({ baseUrl: 'https://mail.example.com', fetch });
    await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    const pending = client.uploadTemporaryAttachments([new File(['x'], 'x.txt')]);
    expect(instances).toHaveLength(1);
    expect(requests).toHaveLength(1); // only the login went through fetch
    instances[0]?.respond(200, { items: [{ id: 1, name: 'x.txt', contentType: 'text/plain', size: 1 }] });
    expect((await pending).items[0]?.id).toBe(1);
  });

  it('cookie mode relies on the browser cookie: _h and credentials, no Cookie header', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      withoutSetCookie(
        request.url.pathname.endsWith('/login/cookie')
          ? jsonResponse({ sessid: 'S-9' }, 200, { 'Set-Cookie': 'sid=hidden' })
          : jsonResponse({ items: [] }),
      ),
    );
    const client = createAxigenClient({ baseUrl: 'https://mail.example.com', fetch });
    await client.login({ kind: 'cookie', username: 'u', password: 'p' });
    await client.listAliases();
    expect(requests[1]?.url.searchParams.get('_h')).toBe('S-9');
    expect(requests[1]?.credentials).toBe('include');
    expect(requests[1]?.headers.cookie).toBeUndefined();
  });
});
