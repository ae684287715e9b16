// Send, Send Draft and Undo Send.
import type { AccountRecord, MailRecord } from '../types';
import type { AuthedContext } from '../router';
import type { Store } from '../store';
import type { MessageInput } from '../message-input';
import { ApiError, badRequest } from '../errors';
import { emptyResponse, json, readJsonObject } from '../http';
import { rejectUnknownFields, validatePayload } from '../compose-payload';
import { inputFromEmail, inputFromFields } from '../message-input';
import { rememberRecipients } from '../envelope';
import { deliverDue, enqueue, flagSource } from '../delivery';
import { UNDO_WINDOW_MS } from '../store';
import { removeRefwFlag } from '../refw-flags';
import { composeStored, draftById } from './drafts';
import { prepareSend } from './prepare-send';
import { parseRaw } from '../parse-mail';

/** Queues a message, saves the Sent copy per saveToSent, flags the source. */
async function sendInput(
  store: Store,
  account: AccountRecord,
  given: MessageInput,
  draft?: MailRecord,
): Promise<Response> {
  const { input, raw, envelope, refw } = await prepareSend(store, account, given, draft);
  const sentCopy = account.saveToSent ? store.addMail(account, store.folderByRole(account, 'sent').id, raw) : undefined;
  const x4 = store.options.serverVersion === 'X4';
  const entry = enqueue(store, {
    account: store.addressOf(account),
    // X4 has no undo: the message leaves at once.
    dueAt: store.now() + (x4 ? 0 : UNDO_WINDOW_MS),
    raw,
    envelope,
    requestDeliveryReceipt: input.deliveryReceipt,
    sentCopy: sentCopy && { folderId: sentCopy.folderId, uid: sentCopy.uid },
    refw,
  });
  flagSource(store, account, refw);
  rememberRecipients(account, input);
  if (x4) {
    await deliverDue(store);
    return emptyResponse();
  }
  return json(
    sentCopy
      ? { mailId: store.idOf(sentCopy), processingId: entry.processingId }
      : { processingId: entry.processingId },
  );
}

export async function send(ctx: AuthedContext): Promise<Response> {
  const { store, account, request } = ctx;
  const fields = validatePayload(await readJsonObject(request, store.options.maxBodyBytes), 'send', store.nowSeconds());
  return sendInput(store, account, inputFromFields(store, account, fields));
}

export async function sendDraft(ctx: AuthedContext): Promise<Response> {
  const { store, account, request, params } = ctx;
  const draft = draftById(store, account, params.id ?? '');
  rejectUnknownFields(await readJsonObject(request, store.options.maxBodyBytes), []);
  const input = inputFromEmail(await store.parse(draft));
  return sendInput(store, account, input, draft);
}

export async function undoSend(ctx: AuthedContext): Promise<Response> {
  const { store, account, request } = ctx;
  const body = await readJsonObject(request, store.options.maxBodyBytes);
  rejectUnknownFields(body, ['processingId', 'mailId']);
  const { processingId, mailId } = body;
  if (processingId === undefined) throw badRequest('MISSING_FIELD', 'processingId is required');
  if (typeof processingId !== 'number' || !Number.isInteger(processingId)) {
    throw badRequest('INVALID_FIELD', 'processingId must be an integer');
  }
  if (mailId !== undefined && typeof mailId !== 'string') throw badRequest('INVALID_FIELD', 'mailId must be a string');
  const owner = store.addressOf(account);
  const entry = store.state.queue.find((e) => e.processingId === processingId && e.account === owner && !e.scheduled);
  const tooLate = () =>
    badRequest('UNDO_WINDOW_EXPIRED', `Message ${processingId} has already been sent; undo works for 10 seconds`);
  if (!entry) {
    if (store.state.outbox.some((m) => m.processingId === processingId && m.account === owner)) throw tooLate();
    throw new ApiError(404, 'PROCESSING_ID_NOT_FOUND', `No message ${processingId} in your processing queue`);
  }
  if (store.now() - entry.queuedAt > UNDO_WINDOW_MS) throw tooLate();
  store.state.queue = store.state.queue.filter((e) => e !== entry);
  store.touch();
  if (entry.refw) {
    const source = store.findMail(account, entry.refw.source);
    if (source) source.refwFlags = removeRefwFlag(source.refwFlags, entry.refw.type);
  }
  const drafts = store.folderByRole(account, 'drafts').id;
  const sentCopy = entry.sentCopy && store.findMail(account, entry.sentCopy);
  if (typeof mailId === 'string' && sentCopy && store.idOf(sentCopy) === mailId) {
    return json({ mailId: store.idOf(store.moveMail(sentCopy, drafts)) });
  }
  // No (usable) mailId: rebuild a draft from the queued message; its Bcc is lost (reference §3).
  if (sentCopy) store.removeMail(sentCopy);
  try {
    const input = { ...inputFromEmail(await parseRaw(entry.raw)), bcc: '' };
    const raw = await composeStored(store, account, {
      ...input,
      refw: entry.refw && store.findMail(account, entry.refw.source) ? input.refw : undefined,
    });
    return json({ mailId: store.idOf(store.addMail(account, drafts, raw)) });
  } catch {
    return json({});
  }
}
