// Reads for reply/forward (reference §4): mail, list, body, full body, attachments; and delete.
import type { AuthedContext } from '../router';
import { badRequest, notFound } from '../errors';
import { emptyResponse, json } from '../http';
import { toMail, textOf } from '../mail-view';
import { attachmentBytes, stripAngles } from '../parse-mail';
import { utf8ToBase64 } from '../base64';
import { queueEntryFor } from '../delivery';
import { mailsOfSearchFolder, searchFolderOf } from '../search-folders';

/** HTML bodies over 2 MB come back truncated (reference §8). */
export const BODY_TRUNCATE_BYTES = 2 * 1024 * 1024;

export async function getMail({ store, account, params }: AuthedContext): Promise<Response> {
  return json(await toMail(store, store.mailById(account, params.id ?? '')));
}

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw badRequest('INVALID_FIELD', `${name} must be an integer from ${min} to ${max}`);
  return n;
}

/**
 * `GET /mails?folderId=&start=&limit=`: newest first (internal date, then uid). A temporary search folder lists
 * like any other; its items name their `originalFolderId` / `originalMailId` (docs/decisions/0008).
 */
export async function listMails({ store, account, url }: AuthedContext): Promise<Response> {
  const folderId = url.searchParams.get('folderId') ?? store.folderByRole(account, 'inbox').id;
  const search = searchFolderOf(store, account, folderId);
  if (!search && !store.folderOf(account, folderId)) throw notFound(`Folder ${folderId}`);
  const dir = url.searchParams.get('dir') ?? 'desc';
  if (dir !== 'asc' && dir !== 'desc') throw badRequest('INVALID_FIELD', 'dir must be asc or desc');
  const start = intParam(url, 'start', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = intParam(url, 'limit', 50, 1, 1000);
  const mails = search ? mailsOfSearchFolder(store, account, search) : store.mailsIn(account, folderId);
  const all = mails.sort((a, b) => b.date - a.date || b.uid - a.uid);
  if (dir === 'asc') all.reverse();
  const page = all.slice(start, start + limit);
  return json({
    syncToken: String(store.state.serial),
    totalItems: all.length,
    sortInfo: { sort: 'date', dir },
    items: await Promise.all(
      page.map(async (m) => {
        const mail = await toMail(store, m);
        return search ? { ...mail, folderId, originalFolderId: mail.folderId, originalMailId: mail.id } : mail;
      }),
    ),
  });
}

const EXTERNAL_IMAGE = /<img\b[^>]*\bsrc\s*=\s*["']?\s*(https?:)?\/\//i;
const EXTERNAL_CSS = /url\(\s*["']?\s*(https?:)?\/\//i;

/** Cuts UTF-8 bytes at a character boundary. */
function truncateUtf8(bytes: Uint8Array, max: number): Uint8Array {
  let end = max;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/**
 * `GET /mails/{id}/body?type=html|text`: base64 `data`. External images are reported in
 * `hasExternalImages` and left in place: sanitizing is the client's job, and the seed's hostile mails test it.
 */
export async function getBody({ store, account, params, url }: AuthedContext): Promise<Response> {
  const mail = store.mailById(account, params.id ?? '');
  const type = url.searchParams.get('type') ?? 'html';
  if (type !== 'html' && type !== 'text') throw badRequest('INVALID_FIELD', 'type must be html or text');
  const show = url.searchParams.get('showExternalImages');
  if (show !== null && !['true', 'false', '1', '0', ''].includes(show)) {
    throw badRequest('INVALID_FIELD', 'showExternalImages must be true or false');
  }
  const email = await store.parse(mail);
  const isHtml = type === 'html' && email.html !== undefined;
  const content = isHtml ? (email.html ?? '') : textOf(email);
  const bytes = new TextEncoder().encode(content);
  const isTruncated = isHtml && bytes.byteLength > BODY_TRUNCATE_BYTES;
  const data = isTruncated ? new TextDecoder().decode(truncateUtf8(bytes, BODY_TRUNCATE_BYTES)) : content;
  return json({
    id: isHtml ? 'html' : 'text',
    contentType: isHtml ? 'text/html' : 'text/plain',
    estimatedSize: bytes.byteLength,
    hasExternalImages: isHtml && (EXTERNAL_IMAGE.test(content) || EXTERNAL_CSS.test(content)),
    isTruncated,
    data: utf8ToBase64(data),
  });
}

/** `GET /mails/{id}/body/full`: the whole HTML (or text) body, raw. */
export async function getFullBody({ store, account, params }: AuthedContext): Promise<Response> {
  const email = await store.parse(store.mailById(account, params.id ?? ''));
  const isHtml = email.html !== undefined;
  return new Response(isHtml ? email.html : textOf(email), {
    headers: { 'Content-Type': `${isHtml ? 'text/html' : 'text/plain'}; charset=utf-8` },
  });
}

export async function listAttachments({ store, account, params }: AuthedContext): Promise<Response> {
  const mail = store.mailById(account, params.id ?? '');
  return json({ items: (await toMail(store, mail)).attachments });
}

async function attachmentResponse(ctx: AuthedContext, disposition: 'inline' | 'attachment'): Promise<Response> {
  const { store, account, params } = ctx;
  const mail = store.mailById(account, params.id ?? '');
  const email = await store.parse(mail);
  const index = /^\d+$/.test(params.attId ?? '') ? Number(params.attId) : -1;
  const att = email.attachments[index];
  if (!att) throw notFound(`Attachment ${params.attId ?? ''}`);
  const bytes = attachmentBytes(att.content);
  const name = att.filename ?? `attachment-${index}`;
  const headers: Record<string, string> = {
    'Content-Type': att.mimeType,
    'Content-Length': String(bytes.byteLength),
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`,
  };
  const cid = stripAngles(att.contentId);
  if (cid) headers['Content-ID'] = `<${cid}>`;
  return new Response(new Uint8Array(bytes), { headers });
}

export const getAttachment = (ctx: AuthedContext) => attachmentResponse(ctx, 'inline');
export const downloadAttachment = (ctx: AuthedContext) => attachmentResponse(ctx, 'attachment');

/**
 * `DELETE /mails/{id}`: to Trash, or for good when already in Trash. Deleting from Scheduled also
 * unschedules (reference §3). The path is the usual REST one; the reference's copy omits it.
 */
export function deleteMail({ store, account, params }: AuthedContext): Response {
  const mail = store.mailById(account, params.id ?? '');
  const entry = queueEntryFor(store, mail, account);
  if (entry) store.state.queue = store.state.queue.filter((e) => e !== entry);
  const trash = store.folderByRole(account, 'trash').id;
  if (mail.folderId === trash) store.removeMail(mail);
  else store.moveMail(mail, trash);
  return emptyResponse();
}
