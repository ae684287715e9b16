import { describe, expect, it } from 'vitest';
import { createAxigenClient } from './create-axigen-client';
import { fakeFetch, jsonResponse, queryOf } from './testing/fake-fetch';

describe('smoke', () => {
  it('logs in with cookies and creates a draft', async () => {
    const { fetch, requests } = fakeFetch((req) =>
      req.url.pathname.endsWith('/login/cookie')
        ? jsonResponse({ sessid: 'S1' }, 200, { 'Set-Cookie': 'ax_sid=abc; Path=/; HttpOnly' })
        : jsonResponse({ id: 'M1' }),
    );
    const client = createAxigenClient({ baseUrl: 'https://mail.example.com/', fetch });
    await client.login({ kind: 'cookie', username: 'u@x.com', password: 'p' });
    const mail = await client.createDraft({ to: [{ name: 'Doe, Jane', address: 'j@x.com' }], subject: 'Hi' });
    expect(mail.id).toBe('M1');
    expect(requests[1]?.json).toEqual({ to: '"Doe, Jane" <j@x.com>', subject: 'Hi' });
    expect(queryOf(requests[1]!.url)).toEqual({ _h: 'S1' });
    expect(requests[1]?.headers.cookie).toBe('ax_sid=abc');
  });
});
