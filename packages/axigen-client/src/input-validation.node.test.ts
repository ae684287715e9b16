import { describe, expect, it } from 'vitest';
import type { AxigenClient } from './client-types';
import { findIllFormedString } from './find-ill-formed-string';
import { jsonResponse } from './testing/fake-fetch';
import { loggedInClient } from './testing/logged-in-client';
import { sampleMail } from './testing/sample-mail';

const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE00';

async function expectRejectedBeforeSending(
  call: (client: AxigenClient) => Promise<unknown>,
  expected: { operation: string; field: string },
) {
  const { client, requests } = await loggedInClient('cookie', () => jsonResponse(sampleMail()));
  const error = await call(client).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'AxigenError', kind: 'invalid-input', retryable: false, ...expected });
  expect((error as Error).message).toContain(expected.field);
  expect(requests).toHaveLength(0);
}

describe('lone UTF-16 surrogates are rejected before sending, naming the field', () => {
  it.each<[string, (client: AxigenClient) => Promise<unknown>, string, string]>([
    ['subject', (c) => c.createDraft({ subject: `Hi ${LONE_HIGH}` }), 'createDraft', 'subject'],
    ['bodyHtml', (c) => c.send({ bodyHtml: `<p>${LONE_LOW}</p>` }), 'send', 'bodyHtml'],
    ['bodyText', (c) => c.replaceDraft('D', { bodyText: `x${LONE_LOW}${LONE_HIGH}` }), 'replaceDraft', 'bodyText'],
    [
      'a recipient name',
      (c) => c.send({ to: [{ address: 'a@x.com' }, { name: `Bob ${LONE_HIGH}`, address: 'b@x.com' }] }),
      'send',
      'to[1].name',
    ],
    ['the from name', (c) => c.send({ from: { name: LONE_LOW, address: 'a@x.com' } }), 'send', 'from.name'],
    ['a bcc address', (c) => c.send({ bcc: [{ address: `a${LONE_HIGH}@x.com` }] }), 'send', 'bcc[0].address'],
    [
      'a contentId',
      (c) => c.createDraft({ temporaryAttachments: [{ id: 1 }, { id: 2, contentId: `cid${LONE_HIGH}` }] }),
      'createDraft',
      'temporaryAttachments[1].contentId',
    ],
    ['folderId', (c) => c.createDraft({ folderId: LONE_HIGH }), 'createDraft', 'folderId'],
    ['refw.mailId', (c) => c.send({ refw: { type: 'fw', mailId: LONE_HIGH } }), 'send', 'refw.mailId'],
    ['the autocomplete query', (c) => c.autocompleteContacts(`jo${LONE_HIGH}`), 'autocompleteContacts', 'query'],
    ['a path id', (c) => c.getMail(`M${LONE_LOW}`), 'getMail', 'mailId'],
    ['storeInQueue mailId', (c) => c.storeInQueue(LONE_HIGH), 'storeInQueue', 'mailId'],
  ])('%s', async (_label, call, operation, field) => {
    await expectRejectedBeforeSending(call, { operation, field });
  });

  it('well-formed astral characters (surrogate pairs) pass', async () => {
    const { client, requests } = await loggedInClient('cookie', () => jsonResponse(sampleMail()));
    await client.createDraft({ subject: '😀 𝄞 👩‍👩‍👧', to: [{ name: '😀', address: 'a@x.com' }] });
    expect(requests[0]?.json).toStrictEqual({ subject: '😀 𝄞 👩‍👩‍👧', to: '😀 <a@x.com>' });
  });

  it('findIllFormedString walks nested objects and arrays', () => {
    expect(findIllFormedString({ a: [{ b: 'ok' }, { c: `x${LONE_LOW}` }] }, '')).toBe('a[1].c');
    expect(findIllFormedString({ a: ['😀', 1, null, true] }, '')).toBeUndefined();
    expect(findIllFormedString(`${LONE_HIGH}😀`, 'subject')).toBe('subject');
  });
});

describe('bad input gets a clear error before anything is sent', () => {
  it.each<[string, (client: AxigenClient) => Promise<unknown>, string, string]>([
    ['a CR/LF in the subject', (c) => c.send({ subject: 'Hi\r\nBcc: x@y.z' }), 'send', 'subject'],
    [
      'a CR/LF in a recipient name',
      (c) => c.send({ cc: [{ name: 'A\nB', address: 'a@x.com' }] }),
      'send',
      'cc[0].name',
    ],
    ['an invalid address', (c) => c.send({ to: [{ address: 'jane.example.com' }] }), 'send', 'to[0].address'],
    ['a recipient list that is not an array', (c) => c.send({ to: 'a@x.com' as never }), 'send', 'to'],
    ['an unknown importance', (c) => c.send({ importance: 'urgent' as never }), 'send', 'importance'],
    ['refw type "refw"', (c) => c.send({ refw: { type: 'refw' as never, mailId: 'M' } }), 'send', 'refw.type'],
    ['refw without mailId', (c) => c.send({ refw: { type: 're' } as never }), 'send', 'refw.mailId'],
    ['a string isUnread', (c) => c.createDraft({ isUnread: 'yes' as never }), 'createDraft', 'isUnread'],
    ['a non-boolean receipt flag', (c) => c.send({ requestReadReceipt: 1 as never }), 'send', 'requestReadReceipt'],
    [
      'a string attachment id',
      (c) => c.send({ temporaryAttachments: [{ id: '7' as never }] }),
      'send',
      'temporaryAttachments[0].id',
    ],
    [
      'a negative attachment id',
      (c) => c.send({ temporaryAttachments: [{ id: -1 }] }),
      'send',
      'temporaryAttachments[0].id',
    ],
    [
      'a contentId with angle brackets',
      (c) => c.send({ temporaryAttachments: [{ id: 1, contentId: '<a@b>' }] }),
      'send',
      'temporaryAttachments[0].contentId',
    ],
    [
      'deliveryTime in milliseconds',
      (c) => c.scheduleSend({ deliveryTime: 1680171858000 }),
      'scheduleSend',
      'deliveryTime',
    ],
    [
      'a fractional deliveryTime',
      (c) => c.scheduleSend({ deliveryTime: 1680171858.5 }),
      'scheduleSend',
      'deliveryTime',
    ],
    ['a missing deliveryTime', (c) => c.scheduleSend({} as never), 'scheduleSend', 'deliveryTime'],
    ['a negative deliveryTime', (c) => c.scheduleSendDraft('D', -5), 'scheduleSendDraft', 'deliveryTime'],
    ['an empty draft id', (c) => c.sendDraft(''), 'sendDraft', 'mailId'],
    ['a processingId string', (c) => c.undoSend({ processingId: '4711' as never }), 'undoSend', 'processingId'],
    ['an empty undo mailId', (c) => c.undoSend({ processingId: 1, mailId: '' }), 'undoSend', 'mailId'],
    ['a fractional attachment id', (c) => c.getTemporaryAttachment(1.5), 'getTemporaryAttachment', 'id'],
    ['no files to upload', (c) => c.uploadTemporaryAttachments([]), 'uploadTemporaryAttachments', 'files'],
    [
      'a non-Blob upload',
      (c) => c.uploadTemporaryAttachments(['a.txt' as never]),
      'uploadTemporaryAttachments',
      'files[0]',
    ],
    ['a body type other than html/text', (c) => c.getBody('M', 'rtf' as never), 'getBody', 'type'],
    ['input that is not an object', (c) => c.createDraft(null as never), 'createDraft', 'input'],
  ])('%s', async (_label, call, operation, field) => {
    await expectRejectedBeforeSending(call, { operation, field });
  });

  it('URL builders reject bad ids synchronously', async () => {
    const { client } = await loggedInClient('cookie', () => jsonResponse({}));
    expect(() => client.attachmentUrl('', 1)).toThrowError(
      expect.objectContaining({ kind: 'invalid-input', operation: 'attachmentUrl', field: 'mailId' }),
    );
    expect(() => client.temporaryAttachmentUrl(Number.NaN)).toThrowError(
      expect.objectContaining({ kind: 'invalid-input', operation: 'temporaryAttachmentUrl', field: 'id' }),
    );
  });
});
