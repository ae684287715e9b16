// Scheduled Send, Scheduled Send Draft and Scheduled Cancel.
import type { AccountRecord, MailRecord } from '../types';
import type { AuthedContext } from '../router';
import type { Store } from '../store';
import type { MessageInput } from '../message-input';
import { badRequest } from '../errors';
import { json, readJsonObject } from '../http';
import { checkDeliveryTime, rejectUnknownFields, validatePayload } from '../compose-payload';
import { inputFromEmail, inputFromFields } from '../message-input';
import { rememberRecipients } from '../envelope';
import { enqueue, queueEntryFor } from '../delivery';
import { draftById } from './drafts';
import { prepareSend } from './prepare-send';

/** Stores the copy in Scheduled and queues it for `deliveryTime` (unix seconds). */
async function schedule(
  store: Store,
  account: AccountRecord,
  given: MessageInput,
  deliveryTime: number,
  draft?: MailRecord,
): Promise<MailRecord> {
  const { input, raw, envelope, refw } = await prepareSend(store, account, given, draft);
  const copy = store.addMail(account, store.scheduledFolder(account).id, raw);
  enqueue(store, {
    account: store.addressOf(account),
    dueAt: deliveryTime * 1000,
    raw,
    envelope,
    requestDeliveryReceipt: input.deliveryReceipt,
    scheduled: { folderId: copy.folderId, uid: copy.uid },
    refw,
  });
  rememberRecipients(account, input);
  return copy;
}

export async function scheduleSend(ctx: AuthedContext): Promise<Response> {
  const { store, account, request } = ctx;
  const fields = validatePayload(
    await readJsonObject(request, store.options.maxBodyBytes),
    'schedule',
    store.nowSeconds(),
  );
  const input = inputFromFields(store, account, fields);
  const copy = await schedule(store, account, input, fields.deliveryTime as number);
  return json({ mailId: store.idOf(copy) });
}

export async function scheduleDraft(ctx: AuthedContext): Promise<Response> {
  const { store, account, request, params } = ctx;
  const draft = draftById(store, account, params.id ?? '');
  const body = await readJsonObject(request, store.options.maxBodyBytes);
  rejectUnknownFields(body, ['deliveryTime']);
  const deliveryTime = checkDeliveryTime(body.deliveryTime, store.nowSeconds());
  const input = inputFromEmail(await store.parse(draft));
  const copy = await schedule(store, account, input, deliveryTime, draft);
  return json({ mailId: store.idOf(copy) });
}

export async function cancelScheduled(ctx: AuthedContext): Promise<Response> {
  const { store, account, params } = ctx;
  const id = params.id ?? '';
  const mail = store.mailById(account, id);
  const entry = queueEntryFor(store, mail, account);
  if (mail.folderId !== store.scheduledFolder(account).id || !entry) {
    throw badRequest('NOT_SCHEDULED', `Mail ${id} is not a scheduled mail`);
  }
  store.state.queue = store.state.queue.filter((e) => e !== entry);
  const draft = store.moveMail(mail, store.folderByRole(account, 'drafts').id);
  return json({ mailId: store.idOf(draft) });
}
