import { describe, expect, it } from 'vitest';
import { jsonResponse } from './testing/fake-fetch';
import { loggedInClient, queryWithoutSession } from './testing/logged-in-client';
import { sampleMail } from './testing/sample-mail';

describe('listMails', () => {
  it('GET /api/v1/mails?folderId=&dir=&start=&limit= returns the page', async () => {
    const page = {
      syncToken: '7',
      totalItems: 1,
      sortInfo: { sort: 'date', dir: 'desc' },
      items: [sampleMail({ id: 'D1', folderId: 'drafts' })],
    };
    const { client, requests } = await loggedInClient('basic', () => jsonResponse(page));
    expect(await client.listMails('drafts', { start: 0, limit: 20, dir: 'desc' })).toStrictEqual(page);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url.pathname).toBe('/api/v1/mails');
    expect(queryWithoutSession(requests[0])).toEqual({ folderId: 'drafts', dir: 'desc', start: '0', limit: '20' });
  });

  it('rejects a bad folder id or page size before any request', async () => {
    const { client, requests } = await loggedInClient('basic', () => jsonResponse({ items: [] }));
    await expect(client.listMails('')).rejects.toMatchObject({ kind: 'invalid-input' });
    await expect(client.listMails('drafts', { limit: -1 })).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(requests).toHaveLength(0);
  });

  it('rejects an answer without an items array', async () => {
    const { client } = await loggedInClient('basic', () => jsonResponse({ totalItems: 0 }));
    await expect(client.listMails('drafts')).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
