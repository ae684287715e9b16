// The temporary-attachment queue: upload (multipart, any field name, several files), get, delete, store in queue.
import type { AttachmentInstance } from '@inkwell/axigen-client';
import type { TempAttachmentRecord } from '../types';
import type { AuthedContext } from '../router';
import { badRequest, notFound } from '../errors';
import { emptyResponse, json, readBytes, readJsonObject, tooLarge } from '../http';
import { rejectUnknownFields } from '../compose-payload';
import { base64ToBytes, bytesToBase64 } from '../base64';
import { attachmentsOf } from '../mail-view';
import { attachmentBytes } from '../parse-mail';

const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/;

/** `type/subtype` only: a part's Content-Type header must not carry anything else from the client. */
function mediaType(declared: string): string {
  const base = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  return MEDIA_TYPE.test(base) ? base : 'application/octet-stream';
}

export async function uploadTempAttachments(ctx: AuthedContext): Promise<Response> {
  const { store, account, request } = ctx;
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw badRequest('INVALID_FIELD', 'Upload files as multipart/form-data');
  }
  const bytes = await readBytes(request, store.options.maxBodyBytes);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw badRequest('INVALID_FIELD', 'The multipart/form-data body could not be parsed');
  }
  const files: File[] = [];
  form.forEach((value) => {
    if (typeof value !== 'string') files.push(value);
  });
  if (!files.length) throw badRequest('NO_FILES', 'The upload holds no files');
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > store.options.maxUploadBytes) throw tooLarge(store.options.maxUploadBytes, 'The upload');
  const items: TempAttachmentRecord[] = [];
  for (const file of files) {
    items.push({
      id: store.state.nextTempAttachmentId++,
      account: store.addressOf(account),
      name: file.name || 'attachment',
      contentType: mediaType(file.type),
      size: file.size,
      data: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    });
  }
  store.state.tempAttachments.push(...items);
  store.touch();
  return json({ items: items.map(({ id, name, contentType: type, size }) => ({ id, name, contentType: type, size })) });
}

/** The caller's queue entry; another account's id reads as missing. */
function ownItem(ctx: AuthedContext): TempAttachmentRecord {
  const raw = ctx.params.id ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : NaN;
  const owner = ctx.store.addressOf(ctx.account);
  const item = ctx.store.state.tempAttachments.find((t) => t.id === id && t.account === owner);
  if (!item) throw notFound(`Temporary attachment ${raw}`);
  return item;
}

export function getTempAttachment(ctx: AuthedContext): Response {
  const item = ownItem(ctx);
  return new Response(base64ToBytes(item.data), {
    headers: {
      'Content-Type': item.contentType,
      'Content-Length': String(item.size),
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(item.name)}`,
    },
  });
}

export function deleteTempAttachment(ctx: AuthedContext): Response {
  const item = ownItem(ctx);
  ctx.store.state.tempAttachments = ctx.store.state.tempAttachments.filter((t) => t !== item);
  ctx.store.touch();
  return emptyResponse();
}

/** Copies every part of one of the caller's mails into the caller's queue, with fresh queue-wide ids. */
export async function storeInQueue(ctx: AuthedContext): Promise<Response> {
  const { store, account, request } = ctx;
  const body = await readJsonObject(request, store.options.maxBodyBytes);
  rejectUnknownFields(body, ['mailId']);
  if (body.mailId === undefined) throw badRequest('MISSING_FIELD', 'mailId is required');
  if (typeof body.mailId !== 'string') throw badRequest('INVALID_FIELD', 'mailId must be a string');
  const mail = store.mailById(account, body.mailId);
  const email = await store.parse(mail);
  const mailId = store.idOf(mail);
  const items: AttachmentInstance[] = attachmentsOf(email, mailId).map((att, i) => {
    const content = attachmentBytes(email.attachments[i]?.content ?? new Uint8Array());
    const id = store.state.nextTempAttachmentId++;
    store.state.tempAttachments.push({
      id,
      account: store.addressOf(account),
      name: att.name || 'attachment',
      contentType: att.contentType,
      size: content.byteLength,
      data: bytesToBase64(content),
    });
    return { ...att, id, name: att.name || 'attachment' };
  });
  store.touch();
  return json({ items });
}
