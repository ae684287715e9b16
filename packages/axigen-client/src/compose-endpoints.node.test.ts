import { describe, expect, it } from 'vitest';
import { emptyResponse, jsonResponse } from './testing/fake-fetch';
import { type AuthMode, expectSessionAuth, loggedInClient, queryWithoutSession } from './testing/logged-in-client';
import { sampleMail } from './testing/sample-mail';

// §3: every compose endpoint, exact request and parsed response, in both auth modes.
describe.each<AuthMode>(['cookie', 'basic'])('compose endpoints (%s auth)', (mode) => {
  it('createDraft: POST /api/v1/mails with header strings, refw pair, extras; returns the Mail', async () => {
    const mail = sampleMail({ id: 'NEW/ID+1=' });
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(mail, 201));
    const result = await client.createDraft({
      from: { name: 'Jane Doe', address: 'jane@example.com' },
      to: [{ name: 'Doe, John', address: 'john@example.org' }, { address: 'ü@bücher.de' }],
      cc: [],
      bcc: [{ name: 'Ann "A" Lee', address: 'ann@example.net' }],
      replyTo: [{ address: 'replies@example.com' }],
      refw: { type: 're', mailId: 'ORIG==' },
      subject: 'Re: Quarterly report',
      importance: 'high',
      bodyText: 'Hi',
      bodyHtml: '<p>Hi <img src="cid:logo@x"></p>',
      temporaryAttachments: [{ id: 0, contentId: 'logo@x', isInline: true }, { id: 7 }],
      folderId: 'DRAFTS',
      isUnread: false,
      isFlagged: true,
    });
    expect(result).toEqual(mail);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.origin + request!.url.pathname).toBe('https://mail.example.com/api/v1/mails');
    expect(queryWithoutSession(request)).toEqual({});
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
    expectSessionAuth(request, mode);
    expect(request?.json).toStrictEqual({
      from: 'Jane Doe <jane@example.com>',
      to: '"Doe, John" <john@example.org>, ü@bücher.de',
      bcc: '"Ann \\"A\\" Lee" <ann@example.net>',
      replyTo: 'replies@example.com',
      refwType: 're',
      refwMailId: 'ORIG==',
      subject: 'Re: Quarterly report',
      importance: 'high',
      bodyText: 'Hi',
      bodyHtml: '<p>Hi <img src="cid:logo@x"></p>',
      temporaryAttachments: [{ id: 0, contentId: 'logo@x', isInline: true }, { id: 7 }],
      folderId: 'DRAFTS',
      isUnread: false,
      isFlagged: true,
    });
  });

  it('createDraft sends no field the caller left undefined, and no unknown field', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(sampleMail()));
    const input = { subject: 'Only this', bodyText: undefined, to: undefined, stray: 'x' };
    await client.createDraft(input);
    expect(requests[0]?.body).toBe('{"subject":"Only this"}');
  });

  it('replaceDraft: PUT /api/v1/drafts/{id} (id URL-encoded), no folderId; returns the new id', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse(sampleMail({ id: 'REPLACED' })));
    const result = await client.replaceDraft('ab/c+d=', {
      to: [{ address: 'john@example.org' }],
      subject: 'v2',
      isUnread: true,
      ...({ folderId: 'IGNORED' } as object),
    });
    expect(result.id).toBe('REPLACED');
    const [request] = requests;
    expect(request?.method).toBe('PUT');
    expect(request?.url.pathname).toBe('/api/v1/drafts/ab%2Fc%2Bd%3D');
    expectSessionAuth(request, mode);
    expect(request?.json).toStrictEqual({ to: 'john@example.org', subject: 'v2', isUnread: true });
  });

  it('send: POST /api/v1/mails/send with receipt flags; X5 answer is undoable', async () => {
    const { client, requests } = await loggedInClient(mode, () =>
      jsonResponse({ mailId: 'SENT1', processingId: 4711 }),
    );
    const result = await client.send({
      to: [{ name: 'محمد', address: 'm@example.eg' }],
      subject: 'Hello',
      bodyHtml: '<p>x</p>',
      requestReadReceipt: true,
      requestDeliveryReceipt: false,
    });
    expect(result).toStrictEqual({ undoable: true, processingId: 4711, mailId: 'SENT1' });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/mails/send');
    expectSessionAuth(request, mode);
    expect(request?.json).toStrictEqual({
      to: 'محمد <m@example.eg>',
      subject: 'Hello',
      bodyHtml: '<p>x</p>',
      requestReadReceipt: true,
      requestDeliveryReceipt: false,
    });
  });

  it('send: X5 answer without mailId (saveToSent off) is undoable without a mailId', async () => {
    const { client } = await loggedInClient(mode, () => jsonResponse({ processingId: 12 }));
    expect(await client.send({ to: [{ address: 'a@b.c' }] })).toStrictEqual({ undoable: true, processingId: 12 });
  });

  it.each([
    ['200 with an empty body', () => new Response('', { status: 200 })],
    ['204 No Content', () => emptyResponse(204)],
    ['200 with {}', () => jsonResponse({})],
  ])('send: X4 %s means sent, not undoable', async (_label, respond) => {
    const { client } = await loggedInClient(mode, respond);
    expect(await client.send({ to: [{ address: 'a@b.c' }] })).toStrictEqual({ undoable: false });
  });

  it('sendDraft: POST /api/v1/drafts/{id}/send with no body', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({ mailId: 'S2', processingId: 99 }));
    expect(await client.sendDraft('DRAFT 1')).toStrictEqual({ undoable: true, processingId: 99, mailId: 'S2' });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/drafts/DRAFT%201/send');
    expect(request?.body).toBeUndefined();
    expect(request?.headers['content-type']).toBeUndefined();
    expectSessionAuth(request, mode);
  });

  it('sendDraft: X4 empty 204 means sent, not undoable', async () => {
    const { client } = await loggedInClient(mode, () => emptyResponse(204));
    expect(await client.sendDraft('D')).toStrictEqual({ undoable: false });
  });

  it('undoSend: POST /api/v1/mails/send/undo, processingId as a JSON number', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({ mailId: 'DRAFT-BACK' }));
    expect(await client.undoSend({ processingId: 4711, mailId: 'SENT1' })).toStrictEqual({ mailId: 'DRAFT-BACK' });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/mails/send/undo');
    expectSessionAuth(request, mode);
    expect(request?.body).toBe('{"processingId":4711,"mailId":"SENT1"}');
  });

  it('undoSend without mailId sends only processingId; a draft-less answer gives {}', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({}));
    expect(await client.undoSend({ processingId: 0 })).toStrictEqual({});
    expect(requests[0]?.json).toStrictEqual({ processingId: 0 });
  });

  it('scheduleSend: POST /api/v1/mails/send/schedule with deliveryTime in seconds', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({ mailId: 'SCHED1' }));
    const result = await client.scheduleSend({
      to: [{ address: 'a@b.c' }],
      subject: 'Later',
      requestReadReceipt: true,
      deliveryTime: 1680171858,
    });
    expect(result).toStrictEqual({ mailId: 'SCHED1' });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/mails/send/schedule');
    expectSessionAuth(request, mode);
    expect(request?.json).toStrictEqual({
      to: 'a@b.c',
      subject: 'Later',
      requestReadReceipt: true,
      deliveryTime: 1680171858,
    });
  });

  it('scheduleSendDraft: POST /api/v1/drafts/{id}/send/schedule {deliveryTime}', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({ mailId: 'SCHED2' }));
    expect(await client.scheduleSendDraft('D1', 1680171858)).toStrictEqual({ mailId: 'SCHED2' });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/drafts/D1/send/schedule');
    expectSessionAuth(request, mode);
    expect(request?.body).toBe('{"deliveryTime":1680171858}');
  });

  it('cancelScheduledSend: DELETE /api/v1/mails/send/schedule/{id}; returns the draft id', async () => {
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({ mailId: 'BACK-IN-DRAFTS' }));
    expect(await client.cancelScheduledSend('SCHED2')).toStrictEqual({ mailId: 'BACK-IN-DRAFTS' });
    const [request] = requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.url.pathname).toBe('/api/v1/mails/send/schedule/SCHED2');
    expect(request?.body).toBeUndefined();
    expectSessionAuth(request, mode);
  });

  it('getTemporaryAttachment: GET /api/v1/temporaryAttachments/{id} returns the raw Blob', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const { client, requests } = await loggedInClient(
      mode,
      () => new Response(bytes, { headers: { 'Content-Type': 'image/png' } }),
    );
    const blob = await client.getTemporaryAttachment(7);
    expect(blob.type).toBe('image/png');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url.pathname).toBe('/api/v1/temporaryAttachments/7');
    expectSessionAuth(requests[0], mode);
  });

  it('deleteTemporaryAttachment: DELETE /api/v1/temporaryAttachments/{id}, empty answer', async () => {
    const { client, requests } = await loggedInClient(mode, () => emptyResponse(204));
    await expect(client.deleteTemporaryAttachment(0)).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe('DELETE');
    expect(requests[0]?.url.pathname).toBe('/api/v1/temporaryAttachments/0');
    expectSessionAuth(requests[0], mode);
  });

  it('deleteMail: DELETE /api/v1/mails/{id} (id URL-encoded), empty answer', async () => {
    const { client, requests } = await loggedInClient(mode, () => emptyResponse(200));
    await expect(client.deleteMail('ab/c+d=')).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe('DELETE');
    expect(requests[0]?.url.pathname).toBe('/api/v1/mails/ab%2Fc%2Bd%3D');
    expect(requests[0]?.body).toBeUndefined();
    expectSessionAuth(requests[0], mode);
  });

  it('storeInQueue: POST /api/v1/temporaryAttachments/store {mailId}; returns the queue items', async () => {
    const items = [
      {
        id: 31,
        mailId: 'ORIG',
        name: 'logo.png',
        contentId: 'logo@x',
        contentType: 'image/png',
        size: 10,
        isInline: true,
      },
      {
        id: 32,
        mailId: 'ORIG',
        name: 'a.pdf',
        contentId: '',
        contentType: 'application/pdf',
        size: 99,
        isInline: false,
      },
    ];
    const { client, requests } = await loggedInClient(mode, () => jsonResponse({ items }));
    expect(await client.storeInQueue('ORIG')).toStrictEqual({ items });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url.pathname).toBe('/api/v1/temporaryAttachments/store');
    expect(requests[0]?.json).toStrictEqual({ mailId: 'ORIG' });
    expectSessionAuth(requests[0], mode);
  });
});

describe('URLs the browser loads directly', () => {
  it('carry _h=<sessid> in cookie mode', async () => {
    const { client } = await loggedInClient('cookie', () => jsonResponse({}));
    expect(client.temporaryAttachmentUrl(7)).toBe('https://mail.example.com/api/v1/temporaryAttachments/7?_h=SESS-1');
    expect(client.attachmentUrl('M/1', 0)).toBe('https://mail.example.com/api/v1/mails/M%2F1/attachments/0?_h=SESS-1');
    expect(client.attachmentUrl('M1', 3, { download: true })).toBe(
      'https://mail.example.com/api/v1/mails/M1/attachments/3/download?_h=SESS-1',
    );
  });

  it('carry no session in header mode (a browser cannot add the headers)', async () => {
    const { client } = await loggedInClient('basic', () => jsonResponse({}));
    expect(client.temporaryAttachmentUrl(7)).toBe('https://mail.example.com/api/v1/temporaryAttachments/7');
    expect(client.attachmentUrl('M1', 3)).toBe('https://mail.example.com/api/v1/mails/M1/attachments/3');
  });
});
