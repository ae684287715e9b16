import { describe, expect, it } from 'vitest';
import { createAxigenClient } from './create-axigen-client';
import { fakeFetch, jsonResponse } from './testing/fake-fetch';
import { type AuthMode, expectSessionAuth, loggedInClient, queryWithoutSession } from './testing/logged-in-client';
import { sampleMail } from './testing/sample-mail';

const utf8Base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe.each<AuthMode>(['cookie', 'basic'])('read endpoints (%s auth)', (mode) => {
  it('getMail: GET /api/v1/mails/{id}', async () => {
    const mail = sampleMail({ hasAttachments: true, bimiLocation: 'https://x/bimi.svg' });
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(mail));
    expect(await client.getMail('ODBfMTE0XzEzNTY=')).toStrictEqual(mail);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url.pathname).toBe('/api/v1/mails/ODBfMTE0XzEzNTY%3D');
    expect(queryWithoutSession(requests[0])).toEqual({});
    expect(requests[0]?.headers.accept).toBe('application/json');
    expect(requests[0]?.headers['content-type']).toBeUndefined();
    expect(requests[0]?.body).toBeUndefined();
    expectSessionAuth(requests[0], mode);
  });

  it('getBody: GET …/body?type=html&showExternalImages=false, base64 data decoded as UTF-8', async () => {
    const html = '<p>Grüße aus Köln — مرحبا 😀</p>';
    const { client, requests } = await loggedInClient(mode, () =>
      jsonResponse({
        id: 'M1',
        contentType: 'text/html',
        estimatedSize: 120,
        hasExternalImages: true,
        isTruncated: false,
        data: utf8Base64(html),
      }),
    );
    const body = await client.getBody('M1', 'html', { showExternalImages: false });
    expect(body).toStrictEqual({
      id: 'M1',
      contentType: 'text/html',
      estimatedSize: 120,
      hasExternalImages: true,
      isTruncated: false,
      content: html,
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.pathname).toBe('/api/v1/mails/M1/body');
    expect(queryWithoutSession(requests[0])).toEqual({ type: 'html', showExternalImages: 'false' });
    expectSessionAuth(requests[0], mode);
  });

  it('getBody: type=text, showExternalImages omitted when not given', async () => {
    const { client, requests } = await loggedInClient(mode, () =>
      jsonResponse({
        id: 'M1',
        contentType: 'text/plain',
        estimatedSize: 2,
        hasExternalImages: false,
        isTruncated: false,
        data: utf8Base64('hi'),
      }),
    );
    expect((await client.getBody('M1', 'text')).content).toBe('hi');
    expect(queryWithoutSession(requests[0])).toEqual({ type: 'text' });
  });

  it('getBody: a truncated body is fetched whole from …/body/full (raw, not base64)', async () => {
    const full = `<p>${'ü'.repeat(50)}</p>`;
    const { client, requests } = await loggedInClient(mode, (request) =>
      request.url.pathname.endsWith('/body/full')
        ? new Response(full, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
        : jsonResponse({
            id: 'M1',
            contentType: 'text/html',
            estimatedSize: 3_000_000,
            hasExternalImages: false,
            isTruncated: true,
            data: utf8Base64('<p>üüü'),
          }),
    );
    const body = await client.getBody('M1', 'html', { showExternalImages: true });
    expect(body.content).toBe(full);
    expect(body.isTruncated).toBe(true);
    expect(requests.map((request) => request.url.pathname)).toEqual([
      '/api/v1/mails/M1/body',
      '/api/v1/mails/M1/body/full',
    ]);
    expect(queryWithoutSession(requests[1])).toEqual({});
    expectSessionAuth(requests[1], mode);
  });

  it('listAttachments: GET /api/v1/mails/{id}/attachments', async () => {
    const items = [
      { id: 0, mailId: 'M1', name: 'a.txt', contentId: 'x@y', contentType: 'text/plain', size: 3, isInline: false },
    ];
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({ items }));
    expect(await client.listAttachments('M1')).toStrictEqual({ items });
    expect(requests[0]?.url.pathname).toBe('/api/v1/mails/M1/attachments');
    expectSessionAuth(requests[0], mode);
  });

  it('listFolders: GET /api/v1/folders/?type=mails', async () => {
    const folders = { syncToken: 't1', items: [{ id: '80_114', name: 'Drafts', role: 'drafts', unreadCount: 0 }] };
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(folders));
    expect(await client.listFolders()).toStrictEqual(folders);
    expect(requests[0]?.url.pathname).toBe('/api/v1/folders/');
    expect(queryWithoutSession(requests[0])).toEqual({ type: 'mails' });
    expectSessionAuth(requests[0], mode);
  });

  it('getAccountInfo: GET /api/v1/account/info', async () => {
    const info = { accountName: 'jane', domainName: 'example.com', fullName: 'Jane Doe', usedQuota: 10 };
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(info));
    expect(await client.getAccountInfo()).toStrictEqual(info);
    expect(requests[0]?.url.pathname).toBe('/api/v1/account/info');
    expectSessionAuth(requests[0], mode);
  });

  it('listAliases: GET /api/v1/account/aliases', async () => {
    const aliases = { items: [{ emailAddress: 'jane@example.com', type: 'mainAddress' }] };
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(aliases));
    expect(await client.listAliases()).toStrictEqual(aliases);
    expect(requests[0]?.url.pathname).toBe('/api/v1/account/aliases');
    expectSessionAuth(requests[0], mode);
  });

  it('listSignatures and getSignature: GET /api/v1/account/signatures[/{id}]', async () => {
    const list = { items: [{ id: 'sig 1', name: 'Work', type: 'html' }] };
    const one = { id: 'sig 1', name: 'Work', type: 'html', body: '<p>— Jane</p>' };
    const { client, requests } = await loggedInClient(mode, (request) =>
      jsonResponse(request.url.pathname.endsWith('/signatures') ? list : one),
    );
    expect(await client.listSignatures()).toStrictEqual(list);
    expect(await client.getSignature('sig 1')).toStrictEqual(one);
    expect(requests.map((request) => request.url.pathname)).toEqual([
      '/api/v1/account/signatures',
      '/api/v1/account/signatures/sig%201',
    ]);
    expectSessionAuth(requests[1], mode);
  });

  it('getSettings: GET /api/v1/account/settings', async () => {
    const settings = {
      timezone: 'Europe/Berlin',
      receipts: { requestReadReceipts: true, requestDeliveryReceipts: false },
    };
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(settings));
    expect(await client.getSettings()).toStrictEqual(settings);
    expect(requests[0]?.url.pathname).toBe('/api/v1/account/settings');
    expectSessionAuth(requests[0], mode);
  });

  it('autocompleteContacts: GET /api/v1/contacts/autocomplete?query=&limit=', async () => {
    const result = {
      totalItems: 1,
      items: [
        {
          id: 'c1',
          folderId: 'f',
          isDistributionList: false,
          name: 'Jürgen',
          email: 'j@x.de',
          firstName: 'Jürgen',
          lastName: '',
          nickName: '',
          reversedName: 'Jürgen',
        },
      ],
    };
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(result));
    expect(await client.autocompleteContacts('jür & co', { limit: 5 })).toStrictEqual(result);
    expect(requests[0]?.url.pathname).toBe('/api/v1/contacts/autocomplete');
    expect(queryWithoutSession(requests[0])).toEqual({ query: 'jür & co', limit: '5' });
    expectSessionAuth(requests[0], mode);
  });
});

describe('autocompleteContacts limit', () => {
  it.each([
    [0, '1'],
    [-3, '1'],
    [51, '50'],
    [1000, '50'],
    [7.9, '7'],
    [undefined, undefined],
  ])('limit %s is sent as %s', async (limit, sent) => {
    const { client, requests } = await loggedInClient('cookie', () => jsonResponse({ totalItems: 0, items: [] }));
    await client.autocompleteContacts('a', limit === undefined ? {} : { limit });
    expect(requests[0]?.url.searchParams.get('limit') ?? undefined).toBe(sent);
  });

  it.each([NaN, Infinity, '10'])('limit %s is rejected before sending', async (limit) => {
    const { client, requests } = await loggedInClient('cookie', () => jsonResponse({ totalItems: 0, items: [] }));
    await expect(client.autocompleteContacts('a', { limit: limit as number })).rejects.toMatchObject({
      kind: 'invalid-input',
      field: 'limit',
      operation: 'autocompleteContacts',
    });
    expect(requests).toHaveLength(0);
  });
});

describe('getVersion', () => {
  it('GET /api/ without a session', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse({ apiVersion: '1.2.0', serverVersion: '10.5.21' }));
    const client = createAxigenClient({ baseUrl: 'https://mail.example.com/prefix/', fetch });
    expect(await client.getVersion()).toStrictEqual({ apiVersion: '1.2.0', serverVersion: '10.5.21' });
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url.href).toBe('https://mail.example.com/prefix/api/');
    expect(requests[0]?.headers.authorization).toBeUndefined();
  });
});
