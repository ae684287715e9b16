import { describe, expect, it } from 'vitest';
import { jsonResponse } from './testing/fake-fetch';
import { expectSessionAuth, loggedInClient } from './testing/logged-in-client';
import { sampleMail } from './testing/sample-mail';

describe('updateMail', () => {
  it.each(['cookie', 'basic'] as const)('PATCH /api/v1/mails/{mailId} with only the flags given (%s)', async (mode) => {
    const { client, requests } = await loggedInClient(mode, () =>
      jsonResponse(sampleMail({ id: 'M/1', isUnread: false })),
    );
    const mail = await client.updateMail('M/1', { isUnread: false });
    expect(mail).toMatchObject({ id: 'M/1', isUnread: false });
    expect(requests[0]?.method).toBe('PATCH');
    expect(requests[0]?.url.pathname).toBe('/api/v1/mails/M%2F1');
    expect(requests[0]?.json).toStrictEqual({ isUnread: false });
    expectSessionAuth(requests[0], mode);
  });

  it('sends both flags when both are set', async () => {
    const { client, requests } = await loggedInClient('basic', () => jsonResponse(sampleMail({ id: 'M' })));
    await client.updateMail('M', { isUnread: true, isFlagged: true });
    expect(requests[0]?.json).toStrictEqual({ isUnread: true, isFlagged: true });
  });

  it('rejects an empty update, a non-boolean flag or a missing id before any request', async () => {
    const { client, requests } = await loggedInClient('basic', () => jsonResponse(sampleMail({ id: 'M' })));
    await expect(client.updateMail('M', {})).rejects.toMatchObject({ kind: 'invalid-input', field: 'input' });
    await expect(client.updateMail('M', { isUnread: 'no' as unknown as boolean })).rejects.toMatchObject({
      kind: 'invalid-input',
      field: 'isUnread',
    });
    await expect(client.updateMail('', { isUnread: true })).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(requests).toHaveLength(0);
  });

  it('is safe to repeat: a dropped answer is retryable, not an unknown outcome', async () => {
    const { client } = await loggedInClient('basic', () => Promise.reject(new TypeError('fetch failed')));
    await expect(client.updateMail('M', { isUnread: false })).rejects.toMatchObject({
      kind: 'network',
      operation: 'updateMail',
      retryable: true,
      outcomeUnknown: false,
    });
  });

  it('rejects an answer without a mail id', async () => {
    const { client } = await loggedInClient('basic', () => jsonResponse({}));
    await expect(client.updateMail('M', { isUnread: false })).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

describe('searchMails', () => {
  const query = [
    { field: 'subject', value: '"invoice"*', negate: false },
    { field: 'unread', negate: 'no' as const },
  ];

  it('POST /api/v1/mails/search with folderIds, query and recursive; answers the temporary folder', async () => {
    const { client, requests } = await loggedInClient('cookie', () =>
      jsonResponse({ folderId: '9_77', totalItems: 3 }),
    );
    const result = await client.searchMails({ folderIds: ['9_1', '9_2'], query, recursive: true });
    expect(result).toStrictEqual({ folderId: '9_77', totalItems: 3 });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url.pathname).toBe('/api/v1/mails/search');
    expect(requests[0]?.json).toStrictEqual({ folderIds: ['9_1', '9_2'], query, recursive: true });
  });

  it('leaves recursive out when not given (the server default is false)', async () => {
    const { client, requests } = await loggedInClient('basic', () => jsonResponse({ folderId: 'S', totalItems: 0 }));
    await client.searchMails({ folderIds: ['9_1'], query: [{ field: 'from', value: '"ann"*' }] });
    expect(requests[0]?.json).toStrictEqual({ folderIds: ['9_1'], query: [{ field: 'from', value: '"ann"*' }] });
  });

  it.each([
    [{ folderIds: [], query }, 'folderIds'],
    [{ folderIds: [''], query }, 'folderIds[0]'],
    [{ folderIds: ['9_1'], query: [] }, 'query'],
    [{ folderIds: ['9_1'], query: [{ value: 'x' }] }, 'query[0].field'],
    [{ folderIds: ['9_1'], query: [{ field: 'from', value: {} }] }, 'query[0].value'],
    [{ folderIds: ['9_1'], query: [{ field: 'from', negate: 'maybe' }] }, 'query[0].negate'],
    [{ folderIds: ['9_1'], query, recursive: 'yes' }, 'recursive'],
  ])('rejects %j before any request (%s)', async (input, field) => {
    const { client, requests } = await loggedInClient('basic', () => jsonResponse({ folderId: 'S', totalItems: 0 }));
    await expect(client.searchMails(input as never)).rejects.toMatchObject({ kind: 'invalid-input', field });
    expect(requests).toHaveLength(0);
  });

  it('rejects an answer without a folder id or a count', async () => {
    const { client } = await loggedInClient('basic', () => jsonResponse({ totalItems: 1 }));
    await expect(client.searchMails({ folderIds: ['9_1'], query })).rejects.toMatchObject({ kind: 'invalid-response' });
    const other = await loggedInClient('basic', () => jsonResponse({ folderId: 'S', totalItems: '1' }));
    await expect(other.client.searchMails({ folderIds: ['9_1'], query })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });

  it('a lost answer is retryable: a repeat only makes another temporary folder', async () => {
    const { client } = await loggedInClient('basic', () => jsonResponse({ message: 'x' }, 503));
    await expect(client.searchMails({ folderIds: ['9_1'], query })).rejects.toMatchObject({
      kind: 'http',
      retryable: true,
      outcomeUnknown: false,
    });
  });
});
